/**
 * A TCP proxy in front of Postgres that a test can cut and restore, to simulate the database
 * becoming unreachable without touching the shared server.
 */
import net from 'node:net'

export async function startTcpProxy(targetHost: string, targetPort: number) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | undefined
  let port = 0

  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost)
        sockets.add(client).add(upstream)
        client.pipe(upstream).pipe(client)
        const drop = () => {
          client.destroy()
          upstream.destroy()
          sockets.delete(client)
          sockets.delete(upstream)
        }
        client.on('error', drop).on('close', drop)
        upstream.on('error', drop).on('close', drop)
      })
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port
        resolve()
      })
    })

  await listen()
  return {
    get port() {
      return port
    },
    /** Refuse new connections and reset the open ones. */
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
    },
    /** Accept connections again on the same port. */
    restore: listen,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()))
    },
  }
}
