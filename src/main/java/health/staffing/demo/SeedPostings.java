package health.staffing.demo;

import health.staffing.requisitions.Degree;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobType;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingDraft;
import health.staffing.requisitions.PostingRequirements;
import health.staffing.requisitions.PostingSection;
import health.staffing.requisitions.PostingSectionKind;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PostingVisibility;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.WorkArrangement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The five seed postings as structured content: every section with the seed's own wording (bullets
 * written as Markdown "- " items, headings as in the seed), the typed requirements the texts state,
 * and the facts of the job that belong on the requisition (title, place, pay). Left out are only the
 * job boards' own words around a posting (cookie banners, "Back to search results", search filters,
 * "Applied = 0", "#LI-Hybrid"); the header facts (job reference, category, location, salary) are
 * the requisition's and are shown from it.
 */
public final class SeedPostings {

    private SeedPostings() {
    }

    /** The seeds in file order (000 to 004). */
    public static List<SeedPosting> all() {
        return List.of(seed000(), seed001(), seed002(), seed003(), seed004());
    }

    /** Seed 000: Sr. Medical Director, CMG, Chief of Medical Management (Worcester, MA), listed 2026-01-27. */
    public static SeedPosting seed000() {
        return new SeedPosting("000", "CMG-SMD-CMM", "Sr. Medical Director, CMG, Chief of Medical Management",
                "Community Medical Group (CMG)", "Healthcare Management", null, "Worcester", "MA", "01609",
                WorkArrangement.ON_SITE, null, EmploymentType.FULL_TIME, JobType.REGULAR, "1.00", "0.80", "280000", "320000", false, null,
                new PostingContent(sections000(), PostingRequirements.NONE, PostingVisibility.INTERNAL_FIRST, 7,
                        LocalDate.of(2026, 1, 27), LocalDate.of(2026, 4, 30)));
    }

    /**
     * Seed 001 is a generic description of Senior Medical Director roles; it is modelled as the
     * posting for UMass Memorial's vacant "Senior Medical Director, Value-Based Care" seat
     * (CMG-SMD-VBC), whose dual mandate (0.6 administrative, 0.4 clinical FTE) it describes. The seed
     * names no salary: $285,000 – $335,000 is a plausible range next to seed 000's $280,000 –
     * $320,000 in the same medical group, so the posting can be published. "At least several years"
     * of physician management is typed as 3 years of leadership.
     */
    public static SeedPosting seed001() {
        return new SeedPosting("001", "CMG-SMD-VBC", "Senior Medical Director, Value-Based Care",
                "Community Medical Group (CMG)", "Physician Leadership", null, "Worcester", "MA", "01609",
                WorkArrangement.ON_SITE, null, EmploymentType.FULL_TIME, JobType.REGULAR, "1.00", "0.60", "285000", "335000", false, null,
                new PostingContent(sections001(),
                        new PostingRequirements(EducationLevel.DOCTORATE_MD_DO, Set.of(Degree.MD, Degree.DO, Degree.DNP), 5,
                                3, null, Set.of(), true, List.of("Strategic thinking", "Financial analysis",
                                        "Team building", "Calm under pressure", "Effective communication")),
                        PostingVisibility.INTERNAL_FIRST, 14, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 5, 29)));
    }

    /** Seed 002: Medical Director for Quality, Primary Care (Somerville, MA), Feb 18, 2026; 0.5 FTE minimum. */
    public static SeedPosting seed002() {
        return new SeedPosting("002", "MGB-MD-PCQ", "Medical Director for Quality, Primary Care", "Primary Care",
                "Physician Leadership", "399 Revolution Drive", "Somerville", "MA", "02145", WorkArrangement.ON_SITE, null,
                EmploymentType.FULL_TIME, JobType.REGULAR, "1.00", "0.50", "280000", "340000", true, null,
                new PostingContent(sections002(),
                        new PostingRequirements(EducationLevel.DOCTORATE_MD_DO, Set.of(Degree.MD, Degree.DO), null, 5, null,
                                Set.of(), true, List.of()),
                        PostingVisibility.INTERNAL_FIRST, 10, LocalDate.of(2026, 2, 18), LocalDate.of(2026, 5, 15)));
    }

    /**
     * Seed 003: Executive Director, Middlesex Medical Group (Middletown, CT). The seed names no
     * salary: $210,000 – $270,000 is a plausible range for an executive director of a medical group
     * in Connecticut, so the posting can be published.
     */
    public static SeedPosting seed003() {
        return new SeedPosting("003", "MH-ED-MG", "Executive Director, Middlesex Medical Group",
                "Middlesex Health Medical Group", "Administration and Operations", null, "Middletown", "CT", "06457",
                WorkArrangement.ON_SITE, null, EmploymentType.FULL_TIME, JobType.REGULAR, "1.00", "1.00", "210000", "270000", false, null,
                new PostingContent(sections003(),
                        new PostingRequirements(EducationLevel.BACHELOR, Set.of(Degree.BACHELOR, Degree.MBA, Degree.MHA),
                                null, 10, null, Set.of(), false,
                                List.of("Healthcare Operations Management", "Financial Management", "Strategic Planning",
                                        "Leadership & Change Management", "Financial Acumen", "Strategic Communication",
                                        "Relationship Building", "Negotiation & Influence", "Project Management",
                                        "Team Development")),
                        PostingVisibility.INTERNAL_ONLY, null, LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 31)));
    }

    /**
     * Seed 004: Senior Director of Medical Directors, Utilization Management (New York, NY), job
     * reference 102619, hybrid with one day a week at headquarters ("#LI-Hybrid").
     */
    public static SeedPosting seed004() {
        return new SeedPosting("004", "MPH-SDMD-UM", "Senior Director of Medical Directors", "UTILIZATION MANAGEMENT",
                "Utilization Review and Case Management", "50 Water Street, 7th Floor", "New York", "NY", "10004",
                WorkArrangement.HYBRID, 1, EmploymentType.FULL_TIME, JobType.REGULAR, "1.00", "1.00", "340000", "350000", false, "102619",
                new PostingContent(sections004(),
                        new PostingRequirements(EducationLevel.DOCTORATE_MD_DO, Set.of(Degree.MD, Degree.DO), 3, 3, 5,
                                Set.of("NY"), true, List.of("Integrity and Trust", "Customer Focus",
                                        "Functional/Technical skills", "Written/Oral Communication")),
                        PostingVisibility.INTERNAL_FIRST, 7, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 4, 24)));
    }

    /**
     * Writes the seed's posting on an approved requisition and publishes it: the helper the demo
     * loader calls after creating and approving the seat's requisition. Runs as the caller (HR or
     * the system actor), inside the caller's transaction if there is one.
     */
    public static PublishedPosting publish(PostingService postings, long requisitionId, SeedPosting seed) {
        PostingDraft draft = postings.open(requisitionId);
        PostingDraft saved = postings.save(requisitionId, draft.version(), seed.content());
        return postings.publish(requisitionId, saved.version());
    }

    private static PostingSection section(PostingSectionKind kind, String heading, String body) {
        return new PostingSection(kind, heading, body);
    }

    // ---- seed 000
    private static List<PostingSection> sections000() {
        return List.of(
                section(PostingSectionKind.OVERVIEW, "Overview",
                        """
                Are you a current UMass Memorial Health caregiver? Apply now through Workday. Everyone Is a Caregiver. At UMass Memorial Health, everyone is a caregiver - regardless of their title or responsibilities. Exceptional patient care, academic excellence and leading-edge research make UMass Memorial the premier health system of Central Massachusetts, and a place where we can help you build the career you deserve.

                We are more than 20,000 employees, working together as one health system in a relentless pursuit of healing for our patients, community and each other. And everyone, in their own unique way, plays an important part, every day.

                Hiring Range: $280,000 - $320,000. Please note that the final offer may vary within this range based on a candidate s experience, skills, qualifications, and internal equity considerations.

                The Sr. Medical Director, Chief of Medical Management plays a critical role in providing clinical leadership, oversight, and strategic direction to ensure the highest standards of medical care, patient safety, quality improvement, and provider attraction/retention. This position is responsible for shaping clinical policies, enhancing recruitment and retention efforts, and fostering collaboration among healthcare providers, administrative staff, and external stakeholders. The Medical Director will drive initiatives that optimize patient outcomes and strengthen Community Medical Group (CMG) operations."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Major Responsibilities",
                        ""),
                section(PostingSectionKind.RESPONSIBILITIES, "Medical Staff Management",
                        """
                - Recruit, mentor, and support the professional development of medical staff.
                - Foster strong relationships between recruitment, human resources, medical staff office, operations, and Community Medical Group (CMG) staff to achieve recruitment goals.
                - Align interview selection criteria, professional development, and performance evaluation to support CMG medical staff.
                - Conduct performance reviews and ensure continuous medical education opportunities for the healthcare team.
                - Identify trends and implement strategies to enhance the provider recruitment and onboarding experience.
                - Address concerns related to staff performance, behavior, or clinical competency.
                - Strengthen the provider onboarding process by collaborating with HR, operations, and physician leadership."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Clinical Leadership",
                        """
                - Provide clinical guidance and leadership to physicians, nurses, and other healthcare professionals.
                - Develop, implement, and oversee clinical policies, protocols, and treatment guidelines.
                - Ensure compliance with regulatory standards, accreditation requirements, and ethical guidelines."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Quality Assurance & Improvement",
                        """
                - Lead quality improvement initiatives to enhance patient safety and care outcomes.
                - Implement systems to monitor and evaluate the effectiveness of clinical services.
                - Analyze clinical performance data, patient outcomes, and feedback to drive improvements."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Patient Care Oversight",
                        """
                - Support population health efforts throughout CMG.
                - Ensure patients receive high-quality, evidence-based care.
                - Develop care plans for patients with complex or chronic conditions as needed."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Strategic Planning",
                        """
                - Collaborate on organizational and staffing plans, recruitment strategies, and physician compensation plans.
                - Collaborate with the executive team to develop and execute strategic initiatives that enhance healthcare services.
                - Participate in budgeting and resource allocation for clinical services.
                - Stay current with healthcare trends, innovations, and best practices to drive continuous improvement."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Regulatory Compliance & Risk Management",
                        """
                - Lead risk management initiatives to ensure the highest standards of safe patient care practices."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Stakeholder Collaboration",
                        """
                - Build and maintain strong relationships with internal and external stakeholders, including hospital boards, government agencies, and community organizations.
                - Represent the organization at professional conferences and industry meetings as needed."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Innovation & Research",
                        """
                - Drive practice transformation efforts to enhance patient care quality and provider engagement.
                - Advocate for the adoption of new technologies and medical innovations to improve patient care delivery."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Standard Management Level Responsibilities",
                        "- Directs and supervises assigned personnel including…"));
    }

    // ---- seed 001
    private static List<PostingSection> sections001() {
        return List.of(
                section(PostingSectionKind.OVERVIEW, "Overview",
                        """
                Discover rewarding Senior Medical Director jobs, a pivotal leadership role at the intersection of clinical practice and healthcare administration. Senior Medical Directors are seasoned physicians who leverage their clinical expertise to guide strategic direction, ensure the highest standards of patient care, and lead teams of healthcare providers. This profession represents the apex of clinical leadership, blending hands-on medicine with executive-level responsibilities to shape the quality, efficiency, and culture of healthcare delivery systems."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Responsibilities",
                        """
                Professionals in these roles typically shoulder a dual mandate. Firstly, they maintain a clinical practice, often part-time, to stay connected to patient care and frontline challenges. Secondly, and most critically, they assume comprehensive leadership duties. Common responsibilities include directly supervising and mentoring other Medical Directors and physicians, fostering their professional development and leadership skills. They are instrumental in clinical recruitment, participating in the interviewing, hiring, and retention of providers to build robust clinical teams. A core aspect of the role involves driving clinical excellence through a metrics-driven approach, analyzing data on cost, quality, patient satisfaction, and population health outcomes to implement improvements. Senior Medical Directors are key architects of operational and clinical strategy, frequently serving on organizational committees to influence policy, develop new care models, and support the transition to value-based care frameworks. They oversee interdisciplinary teams, such as complex care management and transitions of care programs, ensuring coordinated and effective patient journeys. Upholding documentation, coding integrity, and regulatory compliance are also standard facets of the position."""),
                section(PostingSectionKind.MINIMUM_QUALIFICATIONS, "Requirements",
                        """
                Typical requirements for Senior Medical Director jobs are stringent, reflecting the role's seniority. Candidates must possess an M.D., D.O., or in some cases, a DNP, with active board certification in a relevant specialty like Internal Medicine or Family Medicine. Extensive clinical experience, usually a minimum of five years in outpatient or inpatient practice, is essential. Crucially, employers seek a proven track record in clinical leadership, with at least several years in physician management, such as a prior Medical Director role."""),
                section(PostingSectionKind.PREFERRED_QUALIFICATIONS, "Highly valued",
                        """
                Experience in managed care, value-based payment models, and the ability to navigate payer-provider collaborations is highly valued."""),
                section(PostingSectionKind.COMPETENCIES, "The ideal candidate",
                        """
                The ideal candidate combines clinical credibility with executive acumen, demonstrating skills in strategic thinking, financial analysis, team building, calm under pressure, and effective communication across all levels of an organization."""),
                section(PostingSectionKind.OTHER, "Why this role",
                        """
                For physicians seeking to amplify their impact beyond the exam room, Senior Medical Director jobs offer a challenging and influential career path dedicated to advancing healthcare systems and improving patient outcomes on a large scale."""));
    }

    // ---- seed 002
    private static List<PostingSection> sections002() {
        return List.of(
                section(PostingSectionKind.OVERVIEW, "General Summary/Overview Statement",
                        """
                The Medical Director for Primary Care Quality reports to the Assistant Chief Medical Officer for Primary Care, with a dotted line to the Associate Chief Population Health Officer (Population Health Services Organization, PHSO). This leader has the primary responsibility for ensuring execution of the core MGB Office of the Chief Medical Officer (OCMO) functions within Primary Care, including:

                - Performance management of quality and outcomes for approximately 40 primary care practices
                - Risk capture
                - Safety
                - Provider performance excellence (including OPPE)
                - Patient experience
                - Health equity
                - Clinician well-being

                The Medical Director of Primary Care Quality will work with the Assistant CMO of Primary Care to oversee daily activities related to the domains listed above and to help implement strategy that is developed by the MGB OCMO and PHSO. The Medical Director will partner with Primary Care Regional Medical Directors across the AMCs and Mass General Brigham Medical Group to oversee execution on quality strategy by the practice Medical Directors who provide direct, front-line leadership and supervision of the quality of care in each primary care practice. The Medical Director will establish a hands-on leadership presence, ensuring standardization and accountability in the overall care of all patients across primary care practices. To accomplish these goals, the Medical Director will partner with Primary Care physician and nursing leaders and will work with the enterprise Primary Care Quality team, the AMC and MGB MG CMOs, and local Operations teams to ensure that all practices are performing to goal and achieving quality targets. S/he will ensure aligned communication with primary care, OCMO and PHSO, including regular cadence of communication to practices and aligned messaging, supporting bi-directional feedback on quality and population health efforts. S/he will function as a clinical leader and advisor on operational issues for primary care and will be recognized as a key primary care leader. The Medical Director will represent the Assistant CMO of Primary Care as needed on projects and committees affecting Primary Care. By establishing professional and personal credibility with the clinical staff, primary care practices, and Mass General Brigham management, the Medical Director of Primary Care Quality will establish a tone of leadership which is professional, progressive, equity-informed and outcome- and quality-oriented."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Principal Duties and Responsibilities",
                        ""),
                section(PostingSectionKind.RESPONSIBILITIES, "General Responsibilities",
                        """
                - Leading advocate for patients and high-quality, high reliability care across approximately 40 primary care practices. Reviews real-time performance for the practices with the relevant medical directors and can hold site-based practice leaders accountable for closing those gaps.
                - Coordination of Primary Care quality and safety, population health equity and patient experience initiatives and concerns with the Assistant CMO for Primary Care as well as with enterprise CMO and PHSO teams.
                - Assist with the development of tracking and reporting for OPPE and FPPE for physicians within Primary Care
                - As appropriate, represents the Assistant CMO of Primary Care as needed at various internal leadership meetings as well as to external audiences.
                - Communicate proactively with practicing physicians. This will include representing the OCMO, the BWPO/MGPO and/or MGB Medical Group, PHSO at regularly scheduled Primary Care meetings.
                - Support clinical communications across the Primary Care environment related to the above domains.
                - Work closely with site-based MGB leaders and broader MGB teams as it relates to quality, safety, equity, patient experience, population health and provider well-being."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Quality, Safetyand Population Health",
                        """
                - In close collaboration with the Assistant CMO for Primary Care, the Primary Care Regional Medical Directors,and the MGB Primary Care quality team, the Medical Director of Primary Care Quality will serve as a visionary leader and champion for patient safety initiatives both within Primary Care and across the enterprise. This leader is responsible and held accountable for promoting, supporting, and leading a culture of safety and quality improvement throughout the organization and for the execution of system and site goals within Primary Care. The Medical Director of Primary Care Quality will work closely with the MGB enterprise Quality and Safety Leadership Teams to align and integrate effectiveness initiatives and patient safety efforts across the organization.
                - Support the Assistant CMO for Primary Care, the MGB Chief of Primary Care, and the Primary Care Section Chiefs in presentation of Primary Care performance to stakeholder groups.
                - Serve as a Primary Care physician leader in support of embedded enterprise team members for risk management and patient safety, including conduct of safety event evaluations and mitigation.
                - Utilize data from safety reports and coordinate with MGB Quality and Safety leadership to analyze trends, identify and prioritize patient safety and quality improvement opportunities, and propose mitigation plans.
                - Serve as a physician leader and liaison to MGB digital for all quality/safety related components of digital build for Primary Care.
                - Held accountable for improving quality performance across primary care practices, as well as ensuring best practices and standard of care are applied within the practices.
                - Work closely with Primary Care and system clinical operations teams as needed to improve on key performance metrics and implement quality improvement initiatives.
                - Serve as the accountable leader for improving any and all quality metrics as defined by the system as being prioritized and having opportunity.
                - Serve as Primary Care Quality and Population Health lead to support performance on risk contract ambulatory quality measures in collaboration with MGB CMO and Population Health Management teams
                - Assist in implementation of risk capture initiatives in Primary Care and Population Health and serve as a physician leader responsible for Primary Care performance on risk capture initiatives."""),
                section(PostingSectionKind.RESPONSIBILITIES, "High Reliability & Primary Care Performance Management",
                        """
                - Under the direction of the Assistant CMO for Primary Care, this leader will work with Primary Care Regional Medical Directors to oversee quality/performance management and execution of quality goals through implementation of specific tactics and best practices by practice medical directors and clinical care teams across approximately 40 primary care practices.
                - This leader is responsible and held accountable for promoting, supporting, and leading a culture of high reliability and performance improvement across approximately 40 primary care practices and for the execution of system and site goals within those practices.
                - Builds an accountability structure to ensure achievement of specific primary care quality, access and efficiency goals; holds practice leaders accountable for ensuring that prioritized quality targets are met.
                - This leader will undergo extensive training in high reliability and process improvement and will serve as a Primary Care champion for high reliability processes.
                - Support the Assistant CMO for Primary Care in presentation of practice performance to stakeholder groups."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Patient Experience",
                        """
                - In collaboration with the Assistant CMO for Primary Care and the office of the Chief Patient Experience Officer (CPEO), champions, leads and executes the MGB patient experience initiatives within Primary Care. This includes patient experience improvement initiatives as outlined by the CPEO.
                - Ensures that patient complaints that are identified through patient experience surveys are evaluated and handled appropriately within Primary Care and in conjunction with other stakeholders as appropriate (e.g., safety and risk)."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Health Equity",
                        """
                - Assists the Assistant CMO for Primary Care in implementation of system wide health equity activities as directed by the Chief Community Health and Health Equity Officer.
                - Coordinate activities within Primary Care in support of MGB equity initiatives."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Well-Being",
                        """
                - Assist with regular evaluation of primary care clinician well-being in support of the AMC and MGB MG CMOs, the Primary Care Section Chiefs, and the Assistant CMO for Primary Care.
                - Support Assistant CMO for Primary Care in evaluation and assessment of local drivers impacting well-being. For those local barriers, partner with Assistant CMO for Primary Care, Primary Care Section Chiefs, and other leaders to develop a plan to improve clinician well-being.
                - Supports the implementation of system initiatives to address provider well-being in Primary Care."""),
                section(PostingSectionKind.MINIMUM_QUALIFICATIONS, "Qualifications and Skills Required",
                        """
                - Strong preference given to candidates with experience within MGB system.
                - MD/DO degree with significant combination of clinical and administrative experience in a large academic medical setting and board-certified in specialty.
                - Advanced business or healthcare administration degree desirable but not required.
                - A minimum of five (5) years of progressively responsible leadership in hospital setting or large health care organization with proven leadership and management skills.
                - Capable of working in a large integrated delivery system with many matrixed relationships
                - Must be a skilled communicator and team-builder.
                - Experience in quality improvement, safety event evaluation, health equity, and patient relations/ service recovery
                - Exemplary interpersonal communication skills required to interact effectively with senior management and physicians on sensitive political and confidential issues.
                - Regular travel to primary care practices is expected.
                - It is expected that this role will take a minimum of 0.5 FTE and will be combined with expected clinical work."""),
                section(PostingSectionKind.OTHER, "Salary Range",
                        "The salary range for this role is $280,000 - $340,000/year, adjusted for FTE."),
                section(PostingSectionKind.EQUAL_OPPORTUNITY, "Equal Opportunity Employer",
                        """
                Mass General Brigham Incorporated is an Equal Opportunity Employer. By embracing diverse skills, perspectives and ideas, we choose to lead. All qualified applicants will receive consideration for employment without regard to race, color, religious creed, national origin, sex, age, gender identity, disability, sexual orientation, military service, genetic information, and/or other status protected under law. We will ensure that all individuals with a disability are provided a reasonable accommodation to participate in the job application or interview process, to perform essential job functions, and to receive other benefits and privileges of employment."""));
    }

    // ---- seed 003
    private static List<PostingSection> sections003() {
        return List.of(
                section(PostingSectionKind.OVERVIEW, "Overview",
                        """
                Working collaboratively with providers, medical directors, and the Chief Medical Officer, the Executive Director Middlesex Medical Group directs strategy, finances and daily operations of the medical practices within Middlesex Health Medical Group, including our primary care and specialty practices. Fosters an environment of support and collaboration between providers.

                The Executive Director Middlesex Medical Group seeks opportunities to improve financial results through revenue enhancements or expense reductions, as well as alignment, common policies and procedures, and integration where possible. The Executive Director closely collaborates with hospital clinical departments and Middlesex Health supportive services, including but not limited to Human Resources, Engineering, Plant Operations, Marketing, etc. Additional focus on patient experience is critical to ensure balance while remaining alert to financial implications and staff engagement.

                The Executive Director leads merger and integration efforts, including both the due diligence phase and the merger integration phase, coordinating with appropriate health system operational resources. The Executive Director is personally involved in provider recruitment to ensure acquisition of the best talent and a succession plan is in place given potential provider retirements."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Essential Duties & Responsibilities",
                        ""),
                section(PostingSectionKind.RESPONSIBILITIES, "Strategic and Operational Leadership",
                        """
                - Develops and implements the strategy and overall operations of all ambulatory practices, including primary care, urgent care, surgical, and specialty practices by working through the Director of Operations, Medical Director, and Regional Operations Managers.
                - Develops and implements long-term strategic growth strategies and annual business plans for medical practices, including patient experience, access, quality, and financial performance targets.
                - Oversees daily operations across all sites, ensuring consistency in patient care delivery, practice management structure, staffing models and clinical support.
                - Leads efforts to optimize practice efficiency, standardize workflows, and improve operational performance across multiple locations.
                - Actively seeks out opportunities to observe practice operations personally, network with staff and develop suggestions for improvement
                - Serve as a key member of the executive leadership team, contributing to system-wide planning and performance initiatives."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Financial Management",
                        """
                - Develops and manages operating and capital budgets for medical practices; monitors performance against financial goals.
                - Analyzes practice performance, revenue cycle indicators, and productivity reports; recommends corrective actions as needed.
                - Partners with finance, contracting, and payer relations teams to optimize reimbursement, manage expenses, and ensure fair-market-value compensation for providers.
                - Implements systems and controls to support fiscal accountability, transparency and sustainable growth."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Physician and Provider Relations",
                        """
                - Serves as the primary administrative leader for employed physicians, advanced practice providers, and clinical support teams.
                - Partners with physician leaders to enhance engagement, productivity, and satisfaction.
                - Fosters and builds relationships between providers to help build an environment of support and professionalism between physicians and APPs.
                - Leads recruitment, onboarding, and retention strategies to attract and maintain high-quality providers.
                - Collaborates with medical staff leadership to ensure effective communication, governance, and operational decision-making. Develops physician leadership capabilities and promotes engagement in governance and decision-making."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Quality, Compliance, and Patient Experience",
                        """
                - Ensures practices operate in full compliance with regulatory, accreditation, and payer requirements.
                - Provides direction in the resolution of complex patient or risk management issues in coordination with other health system resources
                - Oversees initiatives to improve clinical quality metrics, patient experience, and access to care.
                - Champions a culture of patient safety, service excellence, and continuous improvement.
                - Collaborates with clinical leaders to integrate quality improvement, population health, and care management initiatives."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Human Resources and Leadership Development",
                        """
                - Provides leadership and direction to practice administrators, managers, and staff.
                - Promotes a culture of accountability, teamwork, and professional development.
                - Ensures compliance with performance appraisal program, and directs succession planning, and staff development programs.
                - Partners with HR to ensure consistent application of policies and fair, equitable management practices."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Technology and Information Systems",
                        """
                - Oversees effective use of electronic health record (EHR) systems, practice management platforms, and data reporting tools.
                - Utilizes analytics and dashboards to monitor key performance indicators (KPIs).
                - Partners with IT to identify opportunities for workflow automation, digital access, and data-driven decision-making."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Collaboration and Representation",
                        """
                - Represents the medical group in system-wide initiatives, committees, and community partnerships.
                - Serves as a liaison between the practices and other departments, fostering effective communication and alignment.
                - Participates in executive-level decision-making regarding access planning, facility utilization, and service expansion."""),
                section(PostingSectionKind.MINIMUM_QUALIFICATIONS, "Minimum Qualifications",
                        """
                - 10 years healthcare and / or hospital progressive leadership experience, with executive level expertise in directing strategy and operations of ambulatory practices
                - 5 years experience developing and using metrics to measure performance of teams, processes and services
                - 5 Years experience planning and managing complex budget and financial performance"""),
                section(PostingSectionKind.MINIMUM_QUALIFICATIONS, "Minimum Education",
                        "Bachelor’s Degree in Business, Healthcare Administration or related field"),
                section(PostingSectionKind.PREFERRED_QUALIFICATIONS, "Preferred Qualifications",
                        "Master’s Degree in Business, Healthcare Administration or related field"),
                section(PostingSectionKind.COMPETENCIES, "Knowledge, Skills, and Abilities",
                        """
                - **Healthcare Operations Management:** Deep understanding of ambulatory care delivery, physician practice management, and regulatory requirements (HIPAA, OSHA, CMS, Joint Commission).
                - **Financial Management:** Knowledge of budgeting, revenue cycle, payer contracting, productivity benchmarking, and cost containment strategies.
                - **Strategic Planning:** Expertise in developing and implementing growth strategies aligned with organizational goals and market trends.
                - **Leadership & Change Management:** Ability to lead multidisciplinary teams, drive engagement, and foster a culture of accountability and continuous improvement.
                - **Financial Acumen:** Strong analytical and budgeting skills; able to interpret financial reports, identify trends, and recommend corrective actions.
                - **Strategic Communication:** Exceptional written and verbal communication skills, adept at presenting to executives, physicians, and staff.
                - **Relationship Building:** Skilled at cultivating physician, staff, and community relationships to enhance organizational reputation and partnerships.
                - **Negotiation & Influence:** Effective at negotiating contracts, resolving conflicts, and gaining stakeholder buy-in for complex initiatives.
                - **Project Management:** Ability to plan, execute, and oversee complex initiatives within scope, budget, and timeline.
                - **Team Development:** Ability to mentor leaders and staff, promoting professional growth and succession planning."""),
                section(PostingSectionKind.BENEFITS, "Comprehensive Benefits Offered",
                        """
                - Competitive and affordable benefits package
                - Shift Differentials
                - Continuing Education assistance
                - Tuition reimbursement
                - Student Loan relief through Fiducius
                - Quick commute access from I-84, Route 9 and surrounding areas"""),
                section(PostingSectionKind.ABOUT_ORGANISATION, "About Middlesex Health",
                        """
                The Smarter Choice for your Career!

                Come join one of Connecticut’s Top Workplaces, and a Magnet designated organization! At Middlesex Health, we have a unique combination of award-winning talent, world-class technology, and patient-first care that's making health care better. Through our affiliation with the Mayo Clinic Care Network, Middlesex Health has access to the most advanced medical knowledge and research available."""));
    }

    // ---- seed 004
    private static List<PostingSection> sections004() {
        return List.of(
                section(PostingSectionKind.ABOUT_ORGANISATION, "One Mission. More Than Half a Million Reasons.",
                        """
                As we empower every New Yorker
                to live the healthiest life possible."""),
                section(PostingSectionKind.ABOUT_ORGANISATION, "Empower. Unite. Care.",
                        """
                MetroPlusHealth is committed to empowering New Yorkers by uniting communities through care. We believe that Health care is a right, not a privilege. If you have compassion and a collaborative spirit, work with us. You can come to work being proud of what you do every day."""),
                section(PostingSectionKind.ABOUT_ORGANISATION, "About NYC Health + Hospitals",
                        """
                MetroPlusHealth provides the highest quality healthcare services to residents of Bronx, Brooklyn, Manhattan, Queens and Staten Island through a comprehensive list of products, including, but not limited to, New York State Medicaid Managed Care, Medicare, Child Health Plus, Exchange, Partnership in Care, MetroPlus Gold, Essential Plan, etc. As a wholly-owned subsidiary of NYC Health + Hospitals, the largest public health system in the United States, MetroPlusHealth's network includes over 27,000 primary care providers, specialists and participating clinics. For more than 30 years, MetroPlusHealth has been committed to building strong relationships with its members and providers to enable New Yorkers to live their healthiest life."""),
                section(PostingSectionKind.OVERVIEW, "Position Overview",
                        """
                Responsible and accountable to the Chief Medical Officer for helping to manage health plan medical quality, utilization, and assuring appropriate health care delivery, the Senior Director of Medical Directors serves in a policy, operational and strategic capacity. The Senior Director of Medical Directors overall purpose is to work across medical management functions, with a focus on Utilization Management and Business Intelligence, and across all lines of business and pharmacy. This is a broad function that includes day-to-day operations, data and reporting design, high-level strategy, planning, and policy involvement."""),
                section(PostingSectionKind.RESPONSIBILITIES, "Job Description",
                        """
                - Reviews cases, determines medical necessity, and consults with physicians to review length of stay and reimbursement documentation.
                - Supports Utilization Management (UM) department staff and nurse Care Managers on concurrent review and preauthorization referrals and ensures that members receive appropriate services consistent with their benefits, regulatory requirements, and established clinical criteria.
                - Works with the VP of Clinical Services, who oversees day-to-day UM operations.
                - Provides clinical support for member and provider appeals.
                - Builds a health informatics function and ensures decisions are made according to data insights.
                - Assists in new technology assessment and clinical policy review as required.
                - Responsible for implementation of ongoing changes in policy and procedures from state and government entities.
                - Participates in the development of strategic planning for existing and expanding business.
                - Represents the health plan at regulatory meetings held by the New York State Department of Health, the New York City Department of Health and Mental Hygiene, and managed care trade organizational meetings as necessary.
                - The VP of Medical Directors will be required to come to MetroPlusHealth HQ once a week (preferably on Thursdays)
                - Performs other duties as needed and assigned by the Chief Medical Officer"""),
                section(PostingSectionKind.MINIMUM_QUALIFICATIONS, "Minimum Qualifications",
                        """
                - Doctor of Medicine or Doctor of Osteopathic Medicine degree from an accredited and approved school of medicine.
                - A minimum of three years’ clinical experience post-residency
                - A minimum of five years’ experience in a managed care setting with at least 3 years specifically overseeing Utilization Management.
                - Proven experience with heath informatics/data sciences and regulatory compliance
                - Experience with NYS regulations and compliance is strongly preferred."""),
                section(PostingSectionKind.LICENSURE_CERTIFICATION, "Licensure and/or Certification Required",
                        """
                - Valid and current license to practice medicine in the state of New York.
                - Board Certification"""),
                section(PostingSectionKind.COMPETENCIES, "Professional Competencies",
                        """
                - Integrity and Trust
                - Customer Focus
                - Functional/Technical skills
                - Written/Oral Communication"""));
    }
}
