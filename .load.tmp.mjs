const words = ["cybersecurity","postal","satellites","artificial","intelligence","smart","cities","5G","networks","open","government","data","digital","skills","disaster","warning","rural","broadband","broadcasting","electronic","commerce","Takaichi","Kaneko","Yoshida","Suzuki","Tanaka","memorandum","cooperation","ministry","innovation"];
const kind = process.argv[2] ?? "api";
const times = [];
let n = 0;
for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length && n < 120; j += 7) {
  n++;
  const q = encodeURIComponent(`${words[i]} ${words[j]}`);
  const path = kind === "api" ? `/api/v1/agreements?q=${q}` : `/${["th","en","ja"][n%3]}/agreements?q=${q}`;
  const t = performance.now();
  const r = await fetch("http://localhost:3999" + path, { headers: { "accept-encoding": "gzip" } });
  await r.arrayBuffer();
  if (n > 10) times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(kind, "n", times.length, "p50", times[Math.floor(times.length / 2)].toFixed(1), "p95", times[Math.floor(times.length * 0.95)].toFixed(1));
