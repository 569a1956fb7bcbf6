import net from "node:net";

export class PortInUseError extends Error {}

/** Resolves when nothing listens on 127.0.0.1:port; otherwise rejects with `advice`. */
export async function assertPortFree(port: number, advice: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new PortInUseError(
          error.code === "EADDRINUSE" ? `Port ${port} is already in use. ${advice}` : `Cannot open port ${port}: ${error.message}`,
        ),
      );
    });
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}
