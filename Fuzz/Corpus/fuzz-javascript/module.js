import { api } from './api'
// console.log('commented out')
/* block
   comment */
export async function load(id) {
  const url = `/api/items/${id}?q=${encodeURIComponent(`nested ${id}`)}`
  const response = await fetch(url)
  console.log(response.status, 'loaded', /\d+/g.test(url) / 2)
  if (response.status >= 400) debugger
  return response.json()
}
