const s = "unterminated
const t = `open ${ {a: 1}
let r = /[/
/ 2
