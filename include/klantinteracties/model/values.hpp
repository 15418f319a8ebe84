#pragma once
// The scalar value types of the model that the standard library lacks.

#include <boost/json/object.hpp>
#include <boost/uuid/uuid.hpp>

#include <compare>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ki {

using Uuid = boost::uuids::uuid;

// A calendar date (`YYYY-MM-DD` on the wire).
struct Date {
  int jaar = 1970;
  int maand = 1;
  int dag = 1;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// A moment as the API writes it. The wire form is kept (number of fraction
// digits, `Z` or offset, or none) so that a server body re-encodes unchanged.
struct DateTime {
  enum class Zone : unsigned char { naive, utc, offset };
  Date datum;
  int uur = 0;
  int minuut = 0;
  int seconde = 0;
  int microseconde = 0;
  int fractie_cijfers = -1;  // digits written after the dot; -1: as Open Klant writes (0 or 6)
  Zone zone = Zone::utc;
  int offset_minuten = 0;  // for Zone::offset, east of UTC positive

  friend bool operator==(const DateTime&, const DateTime&) = default;
};

// Klantcontact.metadata: free keys with text values, in the order received.
using Metadata = std::vector<std::pair<std::string, std::string>>;

// Members of a JSON object that the model has no field for. They are kept so
// that a body decodes and re-encodes without loss (the API ignores them).
using Unknown = boost::json::object;

}  // namespace ki
