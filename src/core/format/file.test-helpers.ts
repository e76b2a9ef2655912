// Hand-written criteria-set files for tests: the lines every file opens with (a commune set of
// 2027 that leaves N/A items out), so a test writes only the part it is about.
export function setFile(id: string, name: string, rest: string): string {
  return `formatVersion: 1
id: ${id}
name: ${name}
unitType: commune
year: 2027
version: "1"
naPolicy: exclude
${rest}`;
}
