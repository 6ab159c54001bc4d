import os from 'node:os';

/** The machine the figures were measured on: CPU model, core count, memory and Node version. */
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cpu: (cpus[0]?.model ?? 'unknown').trim(),
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** The machine as one line for the README; the load average says how busy it was with other work. */
export function describeMachine(info = machineInfo()) {
  return `${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB RAM, Node ${info.node}, ${info.platform} (1-minute load average ${info.loadAverage} at the start)`;
}
