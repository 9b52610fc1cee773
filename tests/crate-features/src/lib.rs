//! Uses `microsoft.graph` of the sample models crate alone (`features = ["graph"]`): its
//! `callRecords`, `security` and `termStore` modules are not compiled.
