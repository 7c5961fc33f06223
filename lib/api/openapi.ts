// The OpenAPI 3.1 description of the read API, served at /api/v1/openapi.json
// and rendered on /{locale}/api. tests/integration/api-list.test.ts validates
// real responses against these schemas, so the document cannot drift.

import { locales } from "@/i18n/locales";
import { WRITE_ERRORS } from "@/lib/api/write";
import { AGREEMENT_KINDS, SORTS } from "@/lib/agreements/filters";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { DATE_BOUNDS, DATE_PRECISIONS, LANGUAGES, LEGAL_NATURES, RELATION_TYPES, SIGNATORY_ROLES } from "@/lib/enums";

const partialDate = {
  type: ["string", "null"],
  pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
  description: "ISO 8601 date cut to what the sources state: 2015-04-30, 2019-11 or 2017; null when not stated.",
} as const;
const dateLimits = {
  type: ["object", "null"],
  description:
    "The days the date next to it may be: `notBefore`..`notAfter` (a month or a year spans its days). A date known only as a limit has `bound` ON_OR_BEFORE (no `notBefore`: e.g. an exchange reported in an item published that day) or ON_OR_AFTER (no `notAfter`). null when the date is not stated.",
  required: ["notBefore", "notAfter", "bound"],
  properties: { notBefore: { type: ["string", "null"], format: "date" }, notAfter: { type: ["string", "null"], format: "date" }, bound: { type: ["string", "null"], enum: [...DATE_BOUNDS, null] } },
} as const;
// Japanese texts are optional in the registry: `ja` is null where a record has none (pages then show the English one, labelled).
const japanese = { type: ["string", "null"], description: "Japanese text; null where the registry has none." } as const;
const localized = { type: "object", required: [...locales], properties: { th: { type: "string" }, en: { type: "string" }, ja: japanese } } as const;
const localizedNullable = {
  type: ["object", "null"],
  required: [...locales],
  properties: { th: { type: ["string", "null"] }, en: { type: ["string", "null"] }, ja: japanese },
} as const;
const citationIds = { type: "array", items: { type: "integer" }, description: "Ids of the citations (under `sources`) that back this fact." } as const;
const organization = {
  type: "object",
  required: ["slug", "name", "abbreviation", "country"],
  properties: { slug: { type: "string" }, name: localized, abbreviation: { type: ["string", "null"] }, country: { type: "string", description: "ISO 3166-1 alpha-2" } },
} as const;

export const queryParameters = [
  { name: "q", schema: { type: "string", maxLength: 200 }, description: "Search words in Thai, English or Japanese; Thai and Japanese are split into words, Latin names tolerate small typos." },
  { name: "status", schema: { type: "string", enum: [...LIFECYCLE_STATUSES] }, description: "Lifecycle status as of today (Asia/Bangkok)." },
  { name: "kind", schema: { type: "string", enum: [...AGREEMENT_KINDS] }, description: "Kind of instrument." },
  { name: "scope", schema: { type: "string" }, description: "Scope area key, e.g. cybersecurity." },
  { name: "party", schema: { type: "string" }, description: "Organization slug of a party, e.g. mic." },
  { name: "year", schema: { type: "integer", minimum: 1900, maximum: 2200 }, description: "Year of signature, or of the earliest dated step when the signature date is not stated." },
  { name: "sort", schema: { type: "string", enum: [...SORTS] }, description: "Order; relevance (with q) or newest by default." },
  { name: "page", schema: { type: "integer", minimum: 1, default: 1 }, description: "Page number." },
  { name: "limit", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 }, description: "Agreements per page." },
  { name: "lang", schema: { type: "string", enum: [...locales], default: "en" }, description: "Language used to sort titles (ja: the Japanese title, else the English one) and pick highlighted passages." },
] as const;

const DEADLINE_FACTS = ["expiresOn", "effectiveOn", "signedOn", "termMonths", "automaticRenewal", "terminationNoticeMonths"];
const computedDate = {
  oneOf: [
    {
      type: "object",
      required: ["state", "first", "last", "precision", "basis", "from", "citations"],
      properties: {
        state: { const: "computed" },
        first: { type: ["string", "null"], format: "date", description: "null: no earlier limit (computed from a date known only as “on or before” a day)." },
        last: { type: ["string", "null"], format: "date", description: "null: no later limit (computed from a date known only as “on or after” a day)." },
        precision: { type: "string", enum: [...DATE_PRECISIONS, "RANGE"] },
        basis: { type: "string", enum: ["endStated", "endFromEffectAndTerm", "renewalPeriodEnd", "noticeBeforeEnd", "nextRenewal"] },
        from: { type: "array", items: { type: "string", enum: DEADLINE_FACTS } },
        citations: { type: "array", items: { type: "integer" } },
      },
    },
    { type: "object", required: ["state", "missing"], properties: { state: { const: "cannotCompute" }, missing: { type: "array", items: { type: "string", enum: DEADLINE_FACTS } } } },
    { type: "object", required: ["state", "because"], properties: { state: { const: "notApplicable" }, because: { type: "string", enum: ["noAutomaticRenewal", "endStated"] } } },
  ],
};

const agreement = {
  type: "object",
  required: ["slug", "kind", "title", "status", "statusBasis", "statusAsOf", "statusValidUntil", "dates", "dateLimits", "term", "automaticRenewal", "terminationNoticeMonths", "placeOfSigning", "computed", "parties", "signatories", "scopeAreas", "events", "relations", "sources"],
  properties: {
    slug: { type: "string" },
    kind: { type: "string", enum: [...AGREEMENT_KINDS] },
    title: localized,
    summary: localizedNullable,
    originalLanguage: { type: "string", enum: [...LANGUAGES], description: "Texts in other languages are the registry's translations." },
    legalNature: { type: ["string", "null"], enum: [...LEGAL_NATURES, null] },
    status: { type: "string", enum: [...LIFECYCLE_STATUSES] },
    statusBasis: { type: "string" },
    statusAsOf: { type: "string", format: "date", description: "The Bangkok day the status and computed dates were worked out for." },
    statusValidUntil: {
      type: ["string", "null"],
      format: "date",
      description: "The first day on which the status or a computed date may differ (a status period ends, or a self-renewing instrument enters its next period); they hold every day from statusAsOf until then. null: no later day changes them. A record's answer may be served unchanged until that day.",
    },
    dates: {
      type: "object",
      required: ["cabinetApproval", "signature", "entryIntoEffect", "expiry"],
      properties: { cabinetApproval: partialDate, signature: partialDate, entryIntoEffect: partialDate, expiry: partialDate },
    },
    dateLimits: {
      type: "object",
      required: ["cabinetApproval", "signature", "entryIntoEffect", "expiry"],
      properties: { cabinetApproval: dateLimits, signature: dateLimits, entryIntoEffect: dateLimits, expiry: dateLimits },
    },
    placeOfSigning: { ...localizedNullable, description: "Where it was signed, as the sources name the place; null where none does. Its citations are under `factCitations.signedAt`." },
    term: { type: ["object", "null"], required: ["months"], properties: { months: { type: "integer", minimum: 1 } } },
    automaticRenewal: { type: ["boolean", "null"] },
    terminationNoticeMonths: { type: ["integer", "null"], minimum: 0 },
    computed: {
      type: "object",
      description:
        "Dates the registry computes from the stated facts (no source states them): the end of validity (or of the current period, for an instrument that renews itself), the last day to give termination notice (end minus the notice period), and the next automatic renewal. Partial inputs give a range of days: `first`..`last`, labelled DAY, MONTH or YEAR when the range is exactly one, RANGE otherwise. `from` names the facts used and `citations` their citations; `cannotCompute` names the facts the sources do not state.",
      required: ["end", "noticeDeadline", "nextRenewal", "noticeLongerThanTerm"],
      properties: {
        end: computedDate,
        noticeDeadline: computedDate,
        nextRenewal: computedDate,
        noticeLongerThanTerm: { type: "boolean", description: "The notice period is longer than the whole term." },
      },
    },
    parties: { type: "array", items: { ...organization, required: [...organization.required, "citations"], properties: { ...organization.properties, citations: citationIds } } },
    signatories: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "position", "role", "planned", "organization", "citations"],
        properties: {
          name: { type: ["object", "null"], required: [...locales], properties: { th: { type: "string" }, en: { type: "string" }, ja: { ...japanese, description: "The name in Japanese script, only where a source writes it so." } } },
          position: localizedNullable,
          role: { type: "string", enum: [...SIGNATORY_ROLES] },
          planned: { type: "boolean", description: "Named before the signing as the one to sign." },
          organization,
          citations: citationIds,
        },
      },
    },
    scopeAreas: { type: "array", items: { type: "object", required: ["key", "label", "citations"], properties: { key: { type: "string" }, label: localized, citations: citationIds } } },
    events: {
      type: "array",
      items: { type: "object", required: ["type", "date", "dateLimits", "description", "citations"], properties: { type: { type: "string" }, date: partialDate, dateLimits, description: localized, citations: citationIds } },
    },
    relations: {
      type: "array",
      items: {
        type: "object",
        required: ["type", "direction", "agreement", "note", "citations"],
        properties: {
          type: { type: "string", enum: [...RELATION_TYPES] },
          direction: { type: "string", enum: ["outgoing", "incoming"] },
          agreement: { type: "object", required: ["slug", "title"], properties: { slug: { type: "string" }, title: localized } },
          note: localizedNullable,
          citations: citationIds,
        },
      },
    },
    factCitations: { type: "object", additionalProperties: citationIds },
    sources: {
      type: "array",
      items: {
        type: "object",
        required: ["key", "url", "title", "publisher", "publishedOn", "language", "archive", "citations"],
        properties: {
          key: { type: "string" },
          url: { type: ["string", "null"], format: "uri" },
          title: { type: "string" },
          publisher: { type: ["string", "null"] },
          publishedOn: partialDate,
          language: { type: "string", enum: [...LANGUAGES] },
          archive: {
            type: ["object", "null"],
            description: "The registry's archived copy of the source, against which every quote is checked; null when there is none. `file` downloads it as archived (PDF, HTML or text); `retrievedOn` is null where nobody recorded when it was taken.",
            required: ["retrievedOn", "sha256", "mediaType", "file"],
            properties: { retrievedOn: { type: ["string", "null"], format: "date" }, sha256: { type: "string" }, mediaType: { type: "string" }, file: { type: "string" } },
          },
          citations: {
            type: "array",
            items: {
              type: "object",
              description: "One passage of the source, entered once, backing every fact whose `citations` list its id.",
              required: ["id", "fact", "facts", "quote"],
              properties: {
                id: { type: "integer" },
                fact: { type: ["string", "null"], description: "The first of `facts` (kept for clients written when a citation backed one fact)." },
                facts: { type: "array", items: { type: "string" }, description: "The kinds of fact the passage backs (title, signedOn, party, …); each fact's own `citations` says which row." },
                quote: { type: "string", description: "Verbatim, in the source's language." },
                quoteEn: { type: ["string", "null"] },
                quoteTh: { type: ["string", "null"], description: "The registry's Thai rendering of a passage in another language." },
                quoteJa: { type: ["string", "null"], description: "The registry's Japanese rendering of a passage in another language." }, contradicts: { type: "boolean", description: "The passage disagrees with the value the record gives; `note` says how and why another source was followed." }, note: localizedNullable },
            },
          },
        },
      },
    },
    updatedAt: { type: "string", format: "date-time" },
  },
} as const;

const listedAgreement = {
  allOf: [{ $ref: "#/components/schemas/Agreement" }],
  properties: {
    referenceDate: partialDate,
    match: {
      type: ["object", "null"],
      description: "With q: the passage that matched, split into parts; marked parts are the matching words.",
      properties: { field: { type: "string" }, lang: { type: "string" }, parts: { type: "array", items: { type: "object", required: ["text", "mark"], properties: { text: { type: "string" }, mark: { type: "boolean" } } } } },
    },
  },
} as const;

const error = {
  type: "object",
  required: ["error"],
  properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, parameter: { type: "string", description: "With invalid_parameter: the parameter at fault" }, slug: { type: "string", description: "With not_found for an agreement: the slug asked for" } } } },
} as const;

// The staff write API (lib/api/write.ts) answers errors in the same shape,
// with a message key as `code` and what the key needs beside it.
const writeError = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: Object.keys(WRITE_ERRORS), description: Object.entries(WRITE_ERRORS).map(([code, message]) => `${code}: ${message}`).join(" ") },
        message: { type: "string" },
        fieldErrors: { type: "object", additionalProperties: { type: "string" }, description: "With `invalid`: field path (e.g. signatories.1.nameEn) → message key under Editor.errors" },
        currentVersion: { type: "integer", description: "With `conflict`" },
        changes: { type: "array", items: { type: "object", properties: { field: { type: "string" }, before: {}, after: {} } }, description: "With `conflict`: what changed since the version sent" },
      },
    },
  },
} as const;
const writeErrors = (...statuses: Array<"400" | "401" | "403" | "404" | "409" | "413" | "422" | "429" | "503">) =>
  Object.fromEntries(statuses.map((status) => [status, { description: "Refused; nothing was written", content: { "application/json": { schema: { $ref: "#/components/schemas/WriteError" } } } }]));
const staffWrite = (operationId: string, summary: string, ok: string, ...statuses: Parameters<typeof writeErrors>) => ({
  operationId,
  summary,
  security: [{ staffSession: [] }],
  description: "Staff only: the session cookie of a signed-in staff member with the permission, sent from the registry's own origin. Every write is one transaction and is recorded in the audit log.",
  tags: ["staff"],
  requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
  responses: { [ok.split(" ")[0]!]: { description: ok }, ...writeErrors("400", "401", "403", "413", "503", ...statuses) },
});
const ENTITY = { organizations: "Organization", people: "Person", "scope-areas": "ScopeArea" } as const;
const idParameter = [{ in: "path", name: "id", required: true, schema: { type: "string" } }];

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
// Every read answer carries its ETag and answers If-None-Match with 304.
const etagged = (description: string, content: object) => ({
  description,
  headers: { ETag: { description: "The answer's version; send it back in If-None-Match for a 304", schema: { type: "string" } } },
  content,
});
const notModified = { description: "Not modified (If-None-Match matched the ETag)" };
// Read endpoints need no sign-in (security: []) and are open data.
const read = (operationId: string, summary: string) => ({ operationId, summary, tags: ["open data"], security: [] });
const listParameters = queryParameters.map((p) => ({ in: "query", ...p }));

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Thai–Japan ICT Cooperation Registry API",
    version: "1.0.0",
    description:
      "Read-only open data: the cooperation instruments between Thailand's ICT/digital ministry and Japan's MIC, each fact with its cited source passage. Published, public records only. Dates are cut to the precision the sources give. Read endpoints allow cross-origin GET and answer conditional requests (ETag / If-None-Match) with 304. The staff write endpoints (tag `staff`) are documented for completeness; their errors have the read API's shape.",
  },
  // Relative: the API is at the address this document was read from.
  servers: [{ url: "/", description: "This registry" }],
  tags: [
    { name: "open data", description: "Public reads: no sign-in, any origin" },
    { name: "staff", description: "Staff writes: a signed-in session with the permission" },
  ],
  paths: {
    "/api/v1/agreements": {
      get: {
        ...read("listAgreements", "List and search agreements"),
        parameters: listParameters,
        responses: {
          "200": etagged("A page of agreements", { "application/json": { schema: { $ref: "#/components/schemas/AgreementList" } } }),
          "304": notModified,
          "400": errorResponse("A parameter is unknown or has a wrong value; `parameter` names it"),
          "503": errorResponse("The database cannot be reached"),
        },
      },
    },
    "/api/v1/agreements/{slug}": {
      get: {
        ...read("getAgreement", "One agreement"),
        parameters: [{ in: "path", name: "slug", required: true, schema: { type: "string" } }],
        responses: {
          "200": etagged("The agreement", { "application/json": { schema: { type: "object", required: ["data"], properties: { data: { $ref: "#/components/schemas/Agreement" } } } } }),
          "301": { description: "The agreement's slug changed; Location gives the current address" },
          "304": notModified,
          "404": errorResponse("No published agreement has this slug; `slug` repeats it"),
          "503": errorResponse("The database cannot be reached"),
        },
      },
    },
    "/api/v1/agreements.csv": {
      get: {
        ...read("exportAgreementsCsv", "The filtered list as CSV"),
        description: "The filtered list as CSV (UTF-8 with BOM, one row per agreement; a date known only as a limit is written <=2022-08-05 or >=2019-11)",
        parameters: listParameters.filter((p) => p.name !== "page" && p.name !== "limit"),
        responses: {
          "200": etagged("CSV file", { "text/csv": { schema: { type: "string" } } }),
          "304": notModified,
          "400": errorResponse("A parameter is wrong"),
          "503": errorResponse("The database cannot be reached"),
        },
      },
    },
    "/api/v1/agreements.json": {
      get: {
        ...read("exportAgreementsJson", "The filtered list as a JSON file"),
        parameters: listParameters.filter((p) => p.name !== "page" && p.name !== "limit"),
        responses: {
          "200": etagged("JSON file", { "application/json": { schema: { type: "object", required: ["data", "meta"], properties: { data: { type: "array", items: { $ref: "#/components/schemas/ListedAgreement" } }, meta: { type: "object" } } } } }),
          "304": notModified,
          "400": errorResponse("A parameter is wrong"),
          "503": errorResponse("The database cannot be reached"),
        },
      },
    },
    "/api/editor/agreements": { post: staffWrite("createAgreement", "Create an agreement as a draft: { input }", "201 The record as saved", "422") },
    "/api/editor/agreements/{id}": { put: { ...staffWrite("updateAgreement", "Save the whole record over a version: { version, input }", "200 The record as saved", "404", "409", "422"), parameters: idParameter } },
    "/api/editor/agreements/{id}/publication": { post: { ...staffWrite("changePublication", "Publish, unpublish or archive: { version, action }", "200 The record as saved", "404", "409"), parameters: idParameter } },
    "/api/editor/agreements/{id}/restore": { post: { ...staffWrite("restoreRevision", "Save an earlier revision as a new one: { version, revision }", "200 The record as saved", "404", "409", "422"), parameters: idParameter } },
    "/api/editor/users": { post: staffWrite("createUser", "Create a staff account (admins): { email, name, role }", "201 The account, with its one-time password", "422") },
    "/api/editor/users/{id}": {
      post: { ...staffWrite("changeUser", "Change another account (admins): { action: set-role | reset-password | deactivate | reactivate, role? }", "200 Done; a reset answers the one-time password", "404"), parameters: idParameter },
    },
    ...Object.fromEntries(
      (["organizations", "people", "scope-areas"] as const).map((entity) => [
        `/api/editor/${entity}/{id}`,
        { post: { ...staffWrite(`update${ENTITY[entity]}`, "Correct a shared entity over its version: { version?, input }; a stale version is refused (409 entityChanged)", "200 The entity as saved, with its new version and the records it touched", "404", "409", "422"), parameters: idParameter } },
      ]),
    ),
    ...Object.fromEntries(
      (["people", "scope-areas"] as const).map((entity) => [
        `/api/editor/${entity}/{id}/merge`,
        { post: { ...staffWrite(`merge${ENTITY[entity]}`, "Merge another entity into this one: { mergeId }", "200 The entity kept", "404", "409", "422"), parameters: idParameter } },
      ]),
    ),
    "/api/editor/account/password": {
      post: staffWrite("changeOwnPassword", "Change one's own password: { currentPassword, newPassword }; a wrong current password counts as a failed sign-in (429 tooManyGuesses with Retry-After past the limit)", "200 Changed; the other sessions end", "422", "429"),
    },
    "/{locale}/feed.xml": {
      get: {
        ...read("getFeed", "Atom feed of newly published and updated agreements"),
        parameters: [{ in: "path", name: "locale", required: true, schema: { type: "string", enum: [...locales] } }],
        responses: {
          "200": etagged("Atom 1.0", { "application/atom+xml": { schema: { type: "string" } } }),
          "304": notModified,
          "404": errorResponse("No feed in this language"),
          "503": errorResponse("The database cannot be reached"),
        },
      },
    },
    "/api/v1/sources/{key}/archive": {
      get: {
        ...read("getSourceArchive", "A public source's archived copy, byte for byte, as an attachment"),
        parameters: [{ in: "path", name: "key", required: true, schema: { type: "string" } }],
        responses: {
          "200": { description: "The file as archived (PDF, HTML or text), under a sandboxing content policy", content: { "application/pdf": { schema: { type: "string", format: "binary" } }, "text/html": { schema: { type: "string" } }, "text/plain": { schema: { type: "string" } } } },
          "404": errorResponse("No public source with an archived copy has this key"),
          "503": errorResponse("The database cannot be reached"),
        },
      },
    },
  },
  components: {
    securitySchemes: {
      staffSession: {
        type: "apiKey",
        in: "cookie",
        name: "better-auth.session_token",
        description: "The session cookie set by signing in on the site (`__Secure-better-auth.session_token` over https). Writes must also come from the registry's own origin.",
      },
    },
    schemas: {
      Agreement: agreement,
      ListedAgreement: listedAgreement,
      AgreementList: {
        type: "object",
        required: ["data", "meta", "links"],
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/ListedAgreement" } },
          meta: {
            type: "object",
            required: ["total", "page", "limit", "totalPages", "sort", "q"],
            properties: { total: { type: "integer" }, page: { type: "integer" }, limit: { type: "integer" }, totalPages: { type: "integer" }, sort: { type: "string", enum: [...SORTS] }, q: { type: ["string", "null"] } },
          },
          links: { type: "object", required: ["self", "next", "prev"], properties: { self: { type: "string" }, next: { type: ["string", "null"] }, prev: { type: ["string", "null"] } } },
        },
      },
      Error: error,
      WriteError: writeError,
    },
  },
} as const;
