// While `npm start` serves the embedded database, it writes the address here
// so that other commands (npm run user:create) use the running server instead
// of opening the same data folder a second time.
export const RUNNING_EMBEDDED_FILE = ".data/embedded-db.json";
