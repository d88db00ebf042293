//! `crm-dev`: starts the mock API, the dev host and (unless `--no-dist`) a static server for
//! `dist/`, then waits for Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;

use crm_devserver::{DevServer, Options, Scenario};

const USAGE: &str =
    "usage: crm-dev [--dist DIR | --no-dist] [--scenario NAME] [--widget-port N] [--host-port N] [--api-port N] [--csp]
  --dist DIR       serve this built widget (default: dist)
  --no-dist        do not serve the widget; `trunk serve` does, on --widget-port
  --scenario NAME  start with a fault preset (see the dev host's menu)
  --csp            serve the widget with the strict Content-Security-Policy of the README";

fn main() {
    if let Err(e) = run() {
        eprintln!("crm-dev: {e}\n{USAGE}");
        std::process::exit(2);
    }
}

fn port(value: Option<String>, flag: &str) -> Result<u16, String> {
    value.and_then(|v| v.parse().ok()).ok_or_else(|| format!("{flag} needs a port number"))
}

fn run() -> Result<(), String> {
    let mut dist = Some(PathBuf::from("dist"));
    let (mut widget_port, mut host_port, mut api_port) = (8080u16, 8000u16, 8787u16);
    let mut scenario = Scenario::default();
    let mut csp = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = Some(PathBuf::from(args.next().ok_or("--dist needs a directory")?)),
            "--no-dist" => dist = None,
            "--scenario" => {
                let name = args.next().ok_or("--scenario needs a name")?;
                scenario = Scenario::preset(&name)
                    .ok_or_else(|| format!("no scenario named {name}; try one of {:?}", Scenario::PRESETS))?;
            }
            "--widget-port" => widget_port = port(args.next(), "--widget-port")?,
            "--host-port" => host_port = port(args.next(), "--host-port")?,
            "--api-port" => api_port = port(args.next(), "--api-port")?,
            "--csp" => csp = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    if let Some(d) = &dist {
        if !d.join("index.html").exists() {
            return Err(format!("{} has no index.html: build the widget first (trunk build --release)", d.display()));
        }
    }
    let addr = |p: u16| SocketAddr::from(([127, 0, 0, 1], p));
    let options = Options {
        external_widget_origin: dist.is_none().then(|| format!("http://127.0.0.1:{widget_port}")),
        dist,
        widget_addr: addr(widget_port),
        host_addr: addr(host_port),
        api_addr: addr(api_port),
        scenario,
        widget_headers: if csp {
            vec![("Content-Security-Policy".into(), crm_devserver::strict_csp("{api}", "{host}"))]
        } else {
            Vec::new()
        },
    };
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let server = DevServer::start(options).await.map_err(|e| format!("could not listen: {e}"))?;
        let o = server.origins();
        println!("crm-dev is running:");
        println!("  dev host (open this)  {}", server.host_url());
        println!("  widget                {}", o.widget);
        println!("  mock API              {}", o.api);
        println!("Press Ctrl-C to stop.");
        tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
        Ok::<(), String>(())
    })
}
