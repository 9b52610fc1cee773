//! Rich notifications: the resource, encrypted to the subscriber's certificate.
//!
//! Graph makes a random 32-byte key, encrypts the resource's JSON with AES-256-CBC (PKCS#7
//! padding, the key's first 16 bytes as IV), signs the ciphertext with HMAC-SHA256 under the
//! same key, and encrypts the key to the certificate's public key with RSA-OAEP (SHA-1, MGF1
//! with SHA-1). Here, in that order backwards: the key is unwrapped with your private key
//! (picked by `encryptionCertificateId`), the signature checked (in constant time) before
//! anything is decrypted, then the data decrypted. Every failure is an error, never a panic,
//! and nothing decrypted is given out unless all of it is.

use std::fmt;

use aes::cipher::{block_padding::Pkcs7, BlockDecryptMut, KeyIvInit};
use base64::Engine as _;
use hmac::Mac as _;
use rsa::pkcs1::DecodeRsaPrivateKey as _;
use rsa::pkcs8::DecodePrivateKey as _;
use rsa::{Oaep, RsaPrivateKey};

use crate::model::ChangeNotificationEncryptedContent;

/// The length of Graph's symmetric keys (AES-256).
pub const KEY_LEN: usize = 32;

/// Your private keys, each under the certificate id you gave when subscribing
/// (`encryptionCertificateId`). `Debug` shows the ids only.
#[derive(Default, Clone)]
pub struct DecryptionKeys {
    keys: Vec<(String, RsaPrivateKey)>,
}

impl fmt::Debug for DecryptionKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.keys.iter().map(|(id, _)| id))
            .finish()
    }
}

/// A private key that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyError {
    certificate_id: String,
    format: &'static str,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the private key for certificate `{}` is not an RSA key in {} (PKCS#8 or PKCS#1)",
            self.certificate_id, self.format
        )
    }
}

impl std::error::Error for KeyError {}

impl DecryptionKeys {
    /// No keys.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an RSA private key in PEM (`BEGIN PRIVATE KEY` or `BEGIN RSA PRIVATE KEY`) for the
    /// certificate id `certificate_id`.
    pub fn add_pem(&mut self, certificate_id: &str, pem: &str) -> Result<(), KeyError> {
        let key = RsaPrivateKey::from_pkcs8_pem(pem)
            .or_else(|_| RsaPrivateKey::from_pkcs1_pem(pem))
            .map_err(|_| KeyError {
                certificate_id: certificate_id.to_owned(),
                format: "PEM",
            })?;
        self.add(certificate_id, key);
        Ok(())
    }

    /// Adds an RSA private key in DER (PKCS#8 or PKCS#1).
    pub fn add_der(&mut self, certificate_id: &str, der: &[u8]) -> Result<(), KeyError> {
        let key = RsaPrivateKey::from_pkcs8_der(der)
            .or_else(|_| RsaPrivateKey::from_pkcs1_der(der))
            .map_err(|_| KeyError {
                certificate_id: certificate_id.to_owned(),
                format: "DER",
            })?;
        self.add(certificate_id, key);
        Ok(())
    }

    /// Adds a key (a later one of the same id replaces an earlier one).
    pub fn add(&mut self, certificate_id: &str, key: RsaPrivateKey) {
        self.keys.retain(|(id, _)| id != certificate_id);
        self.keys.push((certificate_id.to_owned(), key));
    }

    /// The key of `certificate_id`; without an id, the only key there is.
    fn find(&self, certificate_id: Option<&str>) -> Option<&RsaPrivateKey> {
        match certificate_id {
            Some(id) => self.keys.iter().find(|(k, _)| k == id).map(|(_, key)| key),
            None if self.keys.len() == 1 => Some(&self.keys[0].1),
            None => None,
        }
    }
}

/// Why encrypted content could not be decrypted. It never holds the key, the data or what
/// was decrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecryptError {
    /// No key for the content's `encryptionCertificateId` (or none named and not exactly
    /// one key).
    UnknownCertificate(Option<String>),
    /// A field is not base64.
    Base64(&'static str),
    /// The data key does not decrypt with the private key (another key, or not RSA-OAEP).
    DataKey,
    /// The decrypted data key is not 32 bytes.
    KeyLength(usize),
    /// The data's HMAC-SHA256 is not `dataSignature`: changed, truncated, or another key's.
    Signature,
    /// The data does not decrypt (not whole blocks, or bad padding).
    Data,
}

impl fmt::Display for DecryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecryptError::UnknownCertificate(Some(id)) => {
                write!(f, "no private key for encryption certificate `{id}`")
            }
            DecryptError::UnknownCertificate(None) => f.write_str(
                "the content names no encryption certificate and there is not exactly one key",
            ),
            DecryptError::Base64(field) => write!(f, "`{field}` is not base64"),
            DecryptError::DataKey => f.write_str(
                "the data key does not decrypt with the certificate's private key (RSA-OAEP, SHA-1)",
            ),
            DecryptError::KeyLength(n) => {
                write!(f, "the data key is {n} bytes; Graph's are {KEY_LEN}")
            }
            DecryptError::Signature => f.write_str(
                "the data's HMAC-SHA256 does not match `dataSignature`: not decrypted",
            ),
            DecryptError::Data => {
                f.write_str("the data does not decrypt (AES-256-CBC, PKCS#7): not whole or bad padding")
            }
        }
    }
}

impl std::error::Error for DecryptError {}

fn base64(field: &'static str, text: &str) -> Result<Vec<u8>, DecryptError> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|_| DecryptError::Base64(field))
}

/// The resource's JSON, decrypted (see the module docs for the steps and checks).
pub fn decrypt(
    content: &ChangeNotificationEncryptedContent,
    keys: &DecryptionKeys,
) -> Result<Vec<u8>, DecryptError> {
    let id = content.encryption_certificate_id.as_deref();
    let private = keys
        .find(id)
        .ok_or_else(|| DecryptError::UnknownCertificate(id.map(str::to_owned)))?;
    let wrapped = base64("dataKey", &content.data_key)?;
    let signature = base64("dataSignature", &content.data_signature)?;
    let data = base64("data", &content.data)?;
    // The symmetric key is overwritten when dropped.
    let key = zeroize::Zeroizing::new(
        private
            .decrypt(Oaep::new::<sha1::Sha1>(), &wrapped)
            .map_err(|_| DecryptError::DataKey)?,
    );
    if key.len() != KEY_LEN {
        return Err(DecryptError::KeyLength(key.len()));
    }
    let mut mac =
        hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).map_err(|_| DecryptError::DataKey)?;
    mac.update(&data);
    mac.verify_slice(&signature)
        .map_err(|_| DecryptError::Signature)?;
    let cipher = cbc::Decryptor::<aes::Aes256>::new_from_slices(&key, &key[..16])
        .map_err(|_| DecryptError::KeyLength(key.len()))?;
    cipher
        .decrypt_padded_vec_mut::<Pkcs7>(&data)
        .map_err(|_| DecryptError::Data)
}

/// Encrypts `plaintext` exactly as Graph does, to `public` under `certificate_id`: for tests
/// and for tools that play Graph's part (a local notification sender).
pub fn encrypt_like_graph(
    plaintext: &[u8],
    key: [u8; KEY_LEN],
    public: &rsa::RsaPublicKey,
    certificate_id: &str,
    rng: &mut impl rsa::rand_core::CryptoRngCore,
) -> ChangeNotificationEncryptedContent {
    use aes::cipher::BlockEncryptMut as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let data = cbc::Encryptor::<aes::Aes256>::new_from_slices(&key, &key[..16])
        .expect("a 32-byte key and a 16-byte IV")
        .encrypt_padded_vec_mut::<Pkcs7>(plaintext);
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).expect("any key length");
    mac.update(&data);
    let signature = mac.finalize().into_bytes();
    let wrapped = public
        .encrypt(rng, Oaep::new::<sha1::Sha1>(), &key)
        .expect("a 32-byte key fits RSA-OAEP of 1024 bits or more");
    ChangeNotificationEncryptedContent {
        data: b64.encode(data),
        data_key: b64.encode(wrapped),
        data_signature: b64.encode(signature),
        encryption_certificate_id: Some(certificate_id.to_owned()),
        ..Default::default()
    }
}
