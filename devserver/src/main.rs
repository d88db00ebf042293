//! `crm-dev`: starts the mock API, the dev host and (unless `--no-dist`) a static server for
//! `dist/`, then waits for Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;

use crm_devserver::{AuthMode, DevServer, Options, Scenario};

const USAGE: &str =
    "usage: crm-dev [--dist DIR | --no-dist] [--scenario NAME] [--auth MODE] [--widget-port N] [--host-port N]
               [--api-port N] [--login-port N] [--csp] [--until-pid PID]
  --dist DIR       serve this built widget (default: dist)
  --no-dist        do not serve the widget; `trunk serve` does, on --widget-port
  --baseline DIR   the plain-JS baseline to serve at /baseline/ beside the widget (default:
                   e2e/baseline when it is there); the dev host frames it with ?widget=/baseline/
  --scenario NAME  start with a fault preset (see the dev host's menu)
  --auth MODE      signin (default: the Genesys sign-in, as in a real org), popup, or handshake
  --csp            serve the widget with the strict Content-Security-Policy of the README
  --until-pid PID  stop when that process ends (Trunk's hook starts crm-dev this way)";

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
    let mut baseline = Some(PathBuf::from("e2e/baseline")).filter(|d| d.join("index.html").exists());
    let (mut widget_port, mut host_port, mut api_port, mut login_port) = (8080u16, 8000u16, 8787u16, 8788u16);
    // Genesys sign-in in the frame and the Genesys data source, as in a real org.
    let mut scenario = Scenario::preset("genesys").expect("the genesys preset exists");
    let mut auth = None;
    let mut until_pid = None;
    let mut csp = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = Some(PathBuf::from(args.next().ok_or("--dist needs a directory")?)),
            "--no-dist" => dist = None,
            "--baseline" => baseline = Some(PathBuf::from(args.next().ok_or("--baseline needs a directory")?)),
            "--scenario" => {
                let name = args.next().ok_or("--scenario needs a name")?;
                scenario = Scenario::preset(&name)
                    .ok_or_else(|| format!("no scenario named {name}; try one of {:?}", Scenario::PRESETS))?;
                // A preset that is not about the handshake keeps the Genesys sign-in of a real org.
                if scenario.auth == AuthMode::Handshake && !scenario.tests_the_handshake() {
                    scenario.auth = AuthMode::SignIn;
                }
            }
            "--widget-port" => widget_port = port(args.next(), "--widget-port")?,
            "--host-port" => host_port = port(args.next(), "--host-port")?,
            "--api-port" => api_port = port(args.next(), "--api-port")?,
            "--login-port" => login_port = port(args.next(), "--login-port")?,
            "--auth" => {
                auth = Some(match args.next().as_deref() {
                    Some("signin") => AuthMode::SignIn,
                    Some("popup") => AuthMode::Popup,
                    Some("handshake") => AuthMode::Handshake,
                    _ => return Err("--auth takes signin, popup or handshake".into()),
                })
            }
            "--until-pid" => {
                until_pid =
                    Some(args.next().and_then(|v| v.parse::<u32>().ok()).ok_or("--until-pid needs a process id")?)
            }
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
            return Err(format!("{} has no index.html: build the widget first (scripts/release)", d.display()));
        }
    }
    if let Some(auth) = auth {
        scenario.auth = auth;
    }
    let addr = |p: u16| SocketAddr::from(([127, 0, 0, 1], p));
    let options = Options {
        external_widget_origin: dist.is_none().then(|| format!("http://127.0.0.1:{widget_port}")),
        baseline: baseline.filter(|_| dist.is_some()),
        dist,
        widget_addr: addr(widget_port),
        host_addr: addr(host_port),
        api_addr: addr(api_port),
        login_addr: addr(login_port),
        scenario,
        widget_headers: if csp {
            vec![("Content-Security-Policy".into(), crm_devserver::strict_csp("{api}", "{login}", "{host}"))]
        } else {
            Vec::new()
        },
        host_name: None,
    };
    let serves_baseline = options.baseline.is_some();
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async move {
        let server = DevServer::start(options).await.map_err(|e| format!("could not listen: {e}"))?;
        let o = server.origins();
        println!("crm-dev is running:");
        println!("  dev host (open this)  {}", server.host_url());
        println!("  widget                {}", o.widget);
        println!("  mock API              {}", o.api);
        println!("  mock login service    {}", o.login);
        if serves_baseline {
            println!(
                "  plain-JS baseline     {}?widget=/baseline/ (handshake and interactions API: --scenario normal --auth handshake)",
                server.host_url()
            );
        }
        println!("Press Ctrl-C to stop.");
        match until_pid {
            None => tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?,
            Some(pid) => {
                let alive = move || std::path::Path::new(&format!("/proc/{pid}")).exists();
                let watch = async move {
                    while alive() {
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                };
                tokio::select! {
                    r = tokio::signal::ctrl_c() => r.map_err(|e| e.to_string())?,
                    () = watch => println!("crm-dev: process {pid} has ended, stopping"),
                }
            }
        }
        Ok::<(), String>(())
    })
}
