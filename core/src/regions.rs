//! Genesys Cloud regions: the one place that lists them (new regions appear every few months).

use crate::origin::Origin;

/// A Genesys Cloud region: its `gcTargetEnv` name and its domain. The host UI runs on
/// `https://apps.<domain>`, the API on `https://api.<domain>`, login on `https://login.<domain>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub env: &'static str,
    pub domain: &'static str,
}

pub const REGIONS: &[Region] = &[
    Region { env: "prod", domain: "mypurecloud.com" },
    Region { env: "prod-usw2", domain: "usw2.pure.cloud" },
    Region { env: "prod-cac1", domain: "cac1.pure.cloud" },
    Region { env: "prod-mxc1", domain: "mxc1.pure.cloud" },
    Region { env: "prod-sae1", domain: "sae1.pure.cloud" },
    Region { env: "prod-euw1", domain: "mypurecloud.ie" },
    Region { env: "prod-euw2", domain: "euw2.pure.cloud" },
    Region { env: "prod-euc1", domain: "mypurecloud.de" },
    Region { env: "prod-euc2", domain: "euc2.pure.cloud" },
    Region { env: "prod-mec1", domain: "mec1.pure.cloud" },
    Region { env: "prod-aps1", domain: "aps1.pure.cloud" },
    Region { env: "prod-apse1", domain: "apse1.pure.cloud" },
    Region { env: "prod-apse2", domain: "mypurecloud.com.au" },
    Region { env: "prod-apne1", domain: "mypurecloud.jp" },
    Region { env: "prod-apne2", domain: "apne2.pure.cloud" },
    Region { env: "prod-apne3", domain: "apne3.pure.cloud" },
    Region { env: "fedramp-use2-core", domain: "use2.us-gov-pure.cloud" },
    Region { env: "eusc-edee1-core", domain: "edee1.eusc-pure.cloud" },
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
    if !host.as_str().starts_with("https://") {
        return None;
    }
    host.with_first_label("apps", "api")
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
    fn api_origin_is_derived_from_apps_origin() {
        let host = Origin::parse("https://apps.mypurecloud.com.au").unwrap();
        assert_eq!(api_origin_for_host(&host).unwrap().as_str(), "https://api.mypurecloud.com.au");
        assert_eq!(api_origin_for_host(&Origin::parse("http://localhost:8000").unwrap()), None);
        assert_eq!(api_origin_for_host(&Origin::parse("https://crm.example.com").unwrap()), None);
    }
}
