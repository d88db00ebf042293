//! Genesys Cloud regions: the one place that lists them (new regions appear every few months).

use crate::net::origin::Origin;

/// A Genesys Cloud region: its `gcTargetEnv` name and its domain. The host UI runs on
/// `https://apps.<domain>`, the API on `https://api.<domain>`, login on `https://login.<domain>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub env: &'static str,
    pub domain: &'static str,
    /// Whether `env` is confirmed by a public source. Where it is not, `gcTargetEnv` is only
    /// informational: a different name is not a mismatch (GENESYS-API.md §0).
    pub env_verified: bool,
}

pub const REGIONS: &[Region] = &[
    Region { env: "prod", domain: "mypurecloud.com", env_verified: true },
    Region { env: "prod-usw2", domain: "usw2.pure.cloud", env_verified: true },
    Region { env: "prod-cac1", domain: "cac1.pure.cloud", env_verified: true },
    Region { env: "prod-mxc1", domain: "mxc1.pure.cloud", env_verified: true },
    Region { env: "prod-sae1", domain: "sae1.pure.cloud", env_verified: true },
    Region { env: "prod-euw1", domain: "mypurecloud.ie", env_verified: true },
    Region { env: "prod-euw2", domain: "euw2.pure.cloud", env_verified: true },
    Region { env: "prod-euc1", domain: "mypurecloud.de", env_verified: true },
    Region { env: "prod-euc2", domain: "euc2.pure.cloud", env_verified: true },
    Region { env: "prod-mec1", domain: "mec1.pure.cloud", env_verified: true },
    Region { env: "prod-aps1", domain: "aps1.pure.cloud", env_verified: true },
    Region { env: "prod-apse1", domain: "apse1.pure.cloud", env_verified: true },
    Region { env: "prod-apse2", domain: "mypurecloud.com.au", env_verified: true },
    Region { env: "prod-apne1", domain: "mypurecloud.jp", env_verified: true },
    Region { env: "prod-apne2", domain: "apne2.pure.cloud", env_verified: true },
    Region { env: "prod-apne3", domain: "apne3.pure.cloud", env_verified: true },
    Region { env: "fedramp-use2-core", domain: "use2.us-gov-pure.cloud", env_verified: true },
    Region { env: "eusc-edee1-core", domain: "edee1.eusc-pure.cloud", env_verified: false },
];

/// The default trusted host origins: `https://apps.<domain>` of every region.
pub fn default_trusted_origins() -> Vec<Origin> {
    REGIONS
        .iter()
        .map(|r| Origin::parse(&format!("https://apps.{}", r.domain)).expect("region table holds valid domains"))
        .collect()
}

/// The API origin that goes with a host UI origin: `https://apps.X` → `https://api.X`.
/// `None` when the host origin does not have the `apps.` form (a custom or local host),
/// in which case `apiBase` must be configured.
pub fn api_origin_for_host(host: &Origin) -> Option<Origin> {
    sibling_of_host(host, "api")
}

/// The login origin that goes with a host UI origin: `https://apps.X` → `https://login.X`.
/// `None` for other hosts, in which case `loginBase` must be configured.
pub fn login_origin_for_host(host: &Origin) -> Option<Origin> {
    sibling_of_host(host, "login")
}

fn sibling_of_host(host: &Origin, label: &str) -> Option<Origin> {
    if !host.as_str().starts_with("https://") {
        return None;
    }
    host.with_first_label("apps", label)
}

/// The region whose host UI origin is exactly `host` (`https://apps.<domain>`), if any.
pub fn region_of_host(host: &Origin) -> Option<&'static Region> {
    let domain = host.as_str().strip_prefix("https://apps.")?;
    REGIONS.iter().find(|r| r.domain == domain)
}

/// The check the Client App SDK's `lookupGcEnv` makes: when the host is a Genesys Cloud
/// region's `apps.` origin and `gcTargetEnv` is given, it must name that region. For any other
/// host (a CRM, loopback) `gcTargetEnv` is informational. `Err` carries the region the host is.
pub fn check_target_env(host: &Origin, target_env: Option<&str>) -> Result<(), &'static Region> {
    match (region_of_host(host), target_env) {
        (Some(region), Some(env)) if region.env_verified && env != region.env => Err(region),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_gives_a_trusted_https_apps_origin() {
        let origins = default_trusted_origins();
        assert_eq!(origins.len(), REGIONS.len());
        assert!(origins.iter().all(|o| o.as_str().starts_with("https://apps.")));
        assert!(origins.contains(&Origin::parse("https://apps.mypurecloud.ie").unwrap()));
        assert!(origins.contains(&Origin::parse("https://apps.edee1.eusc-pure.cloud").unwrap()));
    }

    #[test]
    fn target_env_is_checked_where_its_name_is_known_and_informational_in_the_eu_sovereign_region() {
        let ie = Origin::parse("https://apps.mypurecloud.ie").unwrap();
        assert!(check_target_env(&ie, Some("prod-euw1")).is_ok());
        assert!(check_target_env(&ie, Some("prod")).is_err());
        let eusc = Origin::parse("https://apps.edee1.eusc-pure.cloud").unwrap();
        assert!(check_target_env(&eusc, Some("eusc-edee1-core")).is_ok());
        assert!(check_target_env(&eusc, Some("prod-eusc1")).is_ok(), "unverified name: informational");
    }

    #[test]
    fn api_origin_is_derived_from_apps_origin() {
        let host = Origin::parse("https://apps.mypurecloud.com.au").unwrap();
        assert_eq!(api_origin_for_host(&host).unwrap().as_str(), "https://api.mypurecloud.com.au");
        assert_eq!(api_origin_for_host(&Origin::parse("http://localhost:8000").unwrap()), None);
        assert_eq!(api_origin_for_host(&Origin::parse("https://crm.example.com").unwrap()), None);
        assert_eq!(login_origin_for_host(&host).unwrap().as_str(), "https://login.mypurecloud.com.au");
        assert_eq!(login_origin_for_host(&Origin::parse("http://127.0.0.1:8000").unwrap()), None);
    }

    #[test]
    fn every_region_is_found_from_its_host_and_its_env_checked() {
        for region in REGIONS {
            let host = Origin::parse(&format!("https://apps.{}", region.domain)).unwrap();
            assert_eq!(region_of_host(&host), Some(region));
            assert_eq!(check_target_env(&host, Some(region.env)), Ok(()));
            assert_eq!(check_target_env(&host, None), Ok(()));
            let other = REGIONS.iter().find(|r| r.env != region.env).unwrap();
            let mismatch = if region.env_verified { Err(region) } else { Ok(()) };
            assert_eq!(check_target_env(&host, Some(other.env)), mismatch);
            assert_eq!(check_target_env(&host, Some("dev")), mismatch);
        }
    }

    #[test]
    fn target_env_is_informational_for_other_hosts() {
        for host in ["http://127.0.0.1:8000", "https://crm.example.com", "https://apps.mypurecloud.com.evil.example"] {
            let host = Origin::parse(host).unwrap();
            assert_eq!(region_of_host(&host), None);
            assert_eq!(check_target_env(&host, Some("prod-euw1")), Ok(()));
            assert_eq!(check_target_env(&host, Some("anything")), Ok(()));
        }
        // A longer name that ends in a region's domain is not that region.
        assert_eq!(region_of_host(&Origin::parse("https://apps.x.mypurecloud.com").unwrap()), None);
    }
}
