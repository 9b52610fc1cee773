//! JSON string escaping, byte for byte serde_json's (`\"`, `\\`, `\b`, `\t`, `\n`, `\f`, `\r`,
//! other control characters as `\u00xx`), testing eight bytes at a time.

/// Writes `s` as a JSON string, escaped as serde_json escapes it.
#[inline]
pub(crate) fn write_str(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let mut rest = s;
    while let Some(at) = find_special(rest.as_bytes()) {
        // `at` is an ASCII byte's index: a character boundary.
        out.push_str(&rest[..at]);
        escape(out, rest.as_bytes()[at]);
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out.push('"');
}

/// Writes a map key and what follows it, `"key":`, after a `,` where `comma`: three appends
/// where a clean key is concerned (each append stores the length the next one reads back).
#[inline]
pub(crate) fn write_key(out: &mut String, comma: bool, key: &str) {
    if find_special(key.as_bytes()).is_some() {
        if comma {
            out.push(',');
        }
        write_str(out, key);
        out.push(':');
        return;
    }
    out.reserve(key.len() + 4);
    out.push_str(if comma { ",\"" } else { "\"" });
    out.push_str(key);
    out.push_str("\":");
}

/// Whether JSON escapes this byte (a control character, `"` or `\`).
const SPECIAL: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = true;
        b += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// The index of the first byte JSON escapes, eight bytes at a time (the last word overlapping
/// the one before it; a string of 4 to 7 bytes as two overlapping halves), so that a clean
/// string is a few word tests and no loop over its bytes.
#[inline]
fn find_special(bytes: &[u8]) -> Option<usize> {
    /// Whether any byte of `w` is below 0x20 (exact: a byte of 0x80 or above has its high bit,
    /// cleared by `!w`), `"` or `\\`.
    #[inline(always)]
    fn special(w: u64) -> bool {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
        let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        control | zero(w ^ (ONES * 0x22)) | zero(w ^ (ONES * 0x5c)) != 0
    }
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    let n = bytes.len();
    let clean = if n >= 8 {
        let mut at = 0;
        while at + 8 < n && !special(word(at)) {
            at += 8;
        }
        at + 8 >= n && !special(word(n - 8))
    } else if n >= 4 {
        // Two overlapping halves in registers (a copy to a padded buffer would be read back
        // before the store lands: a stall measured at a fifth of the escape's time).
        let half = |at: usize| {
            u64::from(u32::from_le_bytes(
                bytes[at..at + 4].try_into().expect("four bytes"),
            ))
        };
        !special(half(0) | half(n - 4) << 32)
    } else {
        !bytes.iter().any(|b| SPECIAL[usize::from(*b)])
    };
    if clean {
        return None;
    }
    bytes.iter().position(|b| SPECIAL[usize::from(*b)])
}

#[cold]
fn escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => '"',
        b'\\' => '\\',
        0x08 => 'b',
        0x09 => 't',
        0x0A => 'n',
        0x0C => 'f',
        0x0D => 'r',
        _ => {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
            return;
        }
    };
    out.push('\\');
    out.push(short);
}
