// A validator holding an OpenAPI document (as "openapi"), with the formats
// its schemas use, for checking live answers against what the document says.
import Ajv2020 from "ajv/dist/2020";

export function openApiValidator(document: object): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
  ajv.addFormat("uri", (s: string) => /^https?:\/\//.test(s));
  ajv.addSchema({ ...document, $id: "openapi" });
  return ajv;
}
