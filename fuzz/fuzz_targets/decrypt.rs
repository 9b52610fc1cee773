//! The decryptor on arbitrary encrypted content (and on real content with arbitrary bytes
//! flipped): never a panic, and nothing is given out unless the signature holds.
#![no_main]

use std::sync::OnceLock;

use graph_resource_notifications::{
    decrypt, encrypt_like_graph, ChangeNotificationEncryptedContent, DecryptionKeys,
};
use libfuzzer_sys::fuzz_target;

struct Fixture {
    keys: DecryptionKeys,
    good: ChangeNotificationEncryptedContent,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mut rng = rand::thread_rng();
        let private = rsa::RsaPrivateKey::new(&mut rng, 1024).expect("a key pair");
        let public = rsa::RsaPublicKey::from(&private);
        let good = encrypt_like_graph(br#"{"id":"1"}"#, [9u8; 32], &public, "c", &mut rng);
        let mut keys = DecryptionKeys::new();
        keys.add("c", private);
        Fixture { keys, good }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    // Arbitrary fields.
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(3, '\n');
    let arbitrary = ChangeNotificationEncryptedContent {
        data: parts.next().unwrap_or_default().to_owned(),
        data_key: parts.next().unwrap_or_default().to_owned(),
        data_signature: parts.next().unwrap_or_default().to_owned(),
        encryption_certificate_id: Some("c".into()),
        ..Default::default()
    };
    let _ = decrypt(&arbitrary, &f.keys);
    // The real content with its data changed: the signature no longer holds.
    if !data.is_empty() {
        let mut changed = f.good.clone();
        let mut bytes = changed.data.into_bytes();
        let at = usize::from(data[0]) % bytes.len();
        bytes[at] ^= data.get(1).copied().unwrap_or(1) | 1;
        changed.data = String::from_utf8_lossy(&bytes).into_owned();
        if changed.data != f.good.data {
            assert!(decrypt(&changed, &f.keys).is_err());
        }
    }
});
