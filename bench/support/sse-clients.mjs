// Opens N legacy SSE sessions to an MCP URL and keeps them open; prints `open N` when all are, exits on stdin EOF.
const [url, key, count] = process.argv.slice(2);
const readers = [];
for (let i = 0; i < Number(count); i++) {
  const response = await fetch(url, { headers: { 'x-api-key': key } });
  const reader = response.body.getReader();
  await reader.read(); // the endpoint event: the session exists on the server
  readers.push(reader);
}
process.stdout.write(`open ${readers.length}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
