#!/usr/bin/env node
type Props = { items: Array<Array<number>>; label?: string }
export const List = ({ items, label }: Props) => (
  <ul title={label ?? "none"}>
    {items.map((row, i) => <li key={i}>Don't {row.length / 2}</li>)}
  </ul>
)
class Counter { #count = 0n; inc() { return this.#count++ } }
const big = 0x1F_FFn + 1e-3 + .5 + 0b1010 + 0o17
window.console['info']?.(big)
