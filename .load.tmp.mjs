import autocannon from "autocannon";
const [origin, kind, n, conns] = process.argv.slice(2);
const locales = ["th","en","ja"];
const words = ["cybersecurity","postal","satellites","artificial","intelligence","smart","cities","networks","open","government","data","digital","skills","disaster","warning","rural","broadband","broadcasting","electronic","commerce","kaneko","yoshida","suzuki","tanaka","watanabe","takaichi","somchai","sudarat"];
const paths=[];
if (kind==="lists") for (let p=1;p<=500;p++) for (const l of locales) paths.push(`/${l}/agreements?page=${p}`);
else for (const a of words) for (const b of words) if (a<b) paths.push(`/${locales[paths.length%3]}/agreements?q=${encodeURIComponent(a+" "+b)}`);
let seed=+(process.env.SEED||7); for (let i=paths.length-1;i>0;i--){seed=(seed*1103515245+12345)%2**31;const j=Math.floor(seed/65536)%(i+1);[paths[i],paths[j]]=[paths[j],paths[i]];}
let i=0; const amount=Math.min(+n, paths.length);
const r = await autocannon({url:origin, headers:{"accept-encoding":"gzip"}, connections:+conns||32, amount, timeout:20, requests:[{setupRequest:(req)=>({...req,path:paths[i++ % paths.length]})}]});
console.log(kind, "rps", r.requests.average, "p50", r.latency.p50, "p99", r.latency.p99, "non2xx", r.non2xx, "errors", r.errors);
