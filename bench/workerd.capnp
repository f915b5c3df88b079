# The production bundle on raw workerd, for benchmarks: no wrangler proxy in front of it.
# bench/worker-bundle.mjs builds the bundle (wrangler deploy --dry-run) and writes bundle.capnp
# next to it, listing its modules; pass that folder with --import-path. The port is given with
# --socket-addr http=127.0.0.1:PORT.
using Workerd = import "/workerd/workerd.capnp";
using Bundle = import "/bundle.capnp";

const config :Workerd.Config = (
  services = [(name = "exo-bone", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:8792", http = (), service = "exo-bone")],
);

const worker :Workerd.Worker = (
  modules = Bundle.modules,
  compatibilityDate = "2026-04-20",
);
