// Benchmarks arrive with the performance issue; until then say so plainly.
console.log("no benchmarks yet");
