#pragma once
// Format checks on single values, exactly as Open Klant judges them. Each
// takes the trimmed text and returns whether it passes; the callers attach
// Open Klant's name, code and message. No regex is compiled per call (none is
// used at all).

#include <string_view>

namespace ki::rules {

// KI-TEL-001: starts with 0800, 0900, 1400 or 140 (forbidden prefixes).
bool telefoonnummer_verboden_prefix(std::string_view v);
// KI-TEL-002: ^(0[1-9][0-9]{8}|\+[0-9]{9,15}|00[0-9]{7,13})$
bool telefoonnummer_vorm(std::string_view v);

// KI-EML-003: Django 5.2 EmailValidator.
bool emailadres(std::string_view v);

// KI-GEN-017: Django 5.2 URLValidator with schemes http, https, ftp, ftps.
bool url(std::string_view v);

// KI-GEN-018: ^[-a-zA-Z0-9_]+$
bool slug(std::string_view v);

// KI-GEN-022: ^-?\d+$ (Unicode decimal digits).
bool integer_tekst(std::string_view v);

// KI-ADR-001: ^[1-9][0-9]{3} [A-Z]{2}$
bool postcode(std::string_view v);

// KI-ADR-002: exactly 16 ASCII digits.
bool nummeraanduiding_id(std::string_view v);

// KI-RN-001: ^[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$ (no checksum).
bool iban_vorm(std::string_view v);
// Strict profile: the ISO 13616 mod-97 checksum of an IBAN that passed iban_vorm.
bool iban_mod97(std::string_view v);

// KI-RN-004: no whitespace (^[\S]+$).
bool zonder_spaties(std::string_view v);

// KI-PI-006/007: the 11-proef on 9 ASCII digits
// (9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11). `000000000` passes.
bool elfproef(std::string_view negen_cijfers);

// Only ASCII digits (and non-empty).
bool alleen_cijfers(std::string_view v);

}  // namespace ki::rules
