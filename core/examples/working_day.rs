//! `cargo run -p crm-core --example working_day --features testing [-- HOURS]`: one agent's
//! frames over a simulated working day (hand-overs every hour, drops, `socket_closing`, three
//! token renewals), with the core's own decisions; prints what it cost (CONTRACT §9.4: at most
//! two channels a day is the target).

fn main() {
    let hours = std::env::args().nth(1).and_then(|h| h.parse().ok()).unwrap_or(10);
    let d = crm_core::testing::day::working_day(hours);
    println!("| hours | hand-overs | drops | socket_closing | token renewals | sign-ins | sockets | channels |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {} | {} | {} | {} | {} | {} | {} | **{}** |",
        d.hours, d.hand_overs, d.drops, d.socket_closings, d.renewals, d.sign_ins, d.sockets, d.channels
    );
}
