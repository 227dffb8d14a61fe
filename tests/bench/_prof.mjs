import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (let i=0;i<3;i++){
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/');
await p.waitForFunction(() => performance.getEntriesByName('fnp:map-drawn').length > 0);
console.log(await p.evaluate(() => JSON.stringify(performance.getEntriesByType('mark').map(m=>[m.name,Math.round(m.startTime)]))));
await p.close();}
await b.close();
