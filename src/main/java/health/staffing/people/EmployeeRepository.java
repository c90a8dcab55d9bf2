package health.staffing.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    @Query("select e from Employee e where lower(e.email) = :emailKey")
    Optional<Employee> findByEmailKey(String emailKey);

    boolean existsByEmployeeNumber(String employeeNumber);

    @Query("select e from Employee e")
    List<Employee> findAllForDirectory();

    @Query("""
            select e from Employee e
            where lower(concat(e.givenName, ' ', e.familyName)) like :pattern or lower(e.employeeNumber) like :pattern
               or e.email like :pattern
            order by e.familyName, e.givenName, e.id
            """)
    List<Employee> searchDirectory(String pattern, Pageable page);

    @Query("select e from Employee e where e.terminationDate <= :day and e.terminated = false order by e.id")
    List<Employee> findDueTerminations(LocalDate day);

    boolean existsByEmail(String email);

    List<Employee> findByIdIn(Collection<Long> ids);

    /** The name parts only, without loading the employees (a grid page names 50 at once). */
    @Query("select e.id, e.givenName, e.familyName, e.postNominals from Employee e where e.id in :ids")
    List<Object[]> findNamesByIdIn(Collection<Long> ids);

    List<Employee> findByEmployeeNumberIn(Collection<String> employeeNumbers);

    @Query("""
            select e from Employee e
            where lower(concat(e.givenName, ' ', e.familyName)) like :pattern
               or lower(e.familyName) like :pattern
               or e.employeeNumber = :text
            order by e.familyName, e.givenName
            """)
    List<Employee> searchByName(String pattern, String text, Pageable page);
}
