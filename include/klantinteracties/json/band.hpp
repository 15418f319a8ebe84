#pragma once
// A parsed request body as one flat array of nodes in document order (a
// tape): what validation reads instead of a boost::json::value. Reading the
// text into it costs about half of building the DOM: strings without escapes
// are not copied (they point into the text), and no object or array is built.
//
//   json::Band band;
//   if (json::lees(text, band, errors)) ... band.wortel() ...
//
// A body already parsed into a boost::json::value becomes a Band too (its
// strings then point into the value, which must outlive the Band).

#include <boost/container/small_vector.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include "klantinteracties/invalid_param.hpp"
#include "klantinteracties/json/limieten.hpp"
#include "klantinteracties/json/scalars.hpp"

namespace ki::json {

class Knoop;

// One member of an object: its key and its value.
class Lid {
public:
  Lid(const Knoop* key, const Knoop* value) : key_(key), value_(value) {}
  std::string_view key() const;
  const Knoop& value() const { return *value_; }

private:
  const Knoop* key_;
  const Knoop* value_;
};

// One JSON value in a Band, read through the accessors boost::json::value
// has. An object keeps every member as it came, duplicate keys included
// (boost::json::value keeps the last value, at the first key's place).
class Knoop {
public:
  boost::json::kind kind() const { return kind_; }
  bool is_null() const { return kind_ == boost::json::kind::null; }
  bool is_bool() const { return kind_ == boost::json::kind::bool_; }
  bool is_int64() const { return kind_ == boost::json::kind::int64; }
  bool is_uint64() const { return kind_ == boost::json::kind::uint64; }
  bool is_double() const { return kind_ == boost::json::kind::double_; }
  bool is_number() const { return is_int64() || is_uint64() || is_double(); }
  bool is_string() const { return kind_ == boost::json::kind::string; }
  bool is_array() const { return kind_ == boost::json::kind::array; }
  bool is_object() const { return kind_ == boost::json::kind::object; }

  std::string_view get_string() const { return {tekst_, grootte_}; }
  // Whether the string is known to be ASCII without control characters (the
  // reader sees it on its way; false: not known), so that no one need look
  // at its bytes again for that.
  bool bekend_ascii() const { return ascii_; }
  bool get_bool() const { return bool_; }
  std::int64_t get_int64() const { return int64_; }
  std::uint64_t get_uint64() const { return uint64_; }
  double get_double() const { return double_; }
  // Members of an object, elements of an array.
  std::size_t size() const { return grootte_; }

  // The node after this value and everything inside it.
  const Knoop* volgende() const { return this + overslaan_; }

  // Iterates an array's elements (as `const Knoop&`) or an object's members
  // (as Lid), in document order.
  template <class Item>
  class Reeks {
  public:
    class iterator {
    public:
      explicit iterator(const Knoop* k) : k_(k) {}
      Item operator*() const {
        if constexpr (std::is_same_v<Item, Lid>)
          return Lid(k_, k_ + 1);
        else
          return *k_;
      }
      iterator& operator++() {
        k_ = std::is_same_v<Item, Lid> ? (k_ + 1)->volgende() : k_->volgende();
        return *this;
      }
      bool operator!=(const iterator& o) const { return k_ != o.k_; }

    private:
      const Knoop* k_;
    };
    explicit Reeks(const Knoop& k) : k_(k) {}
    iterator begin() const { return iterator(&k_ + 1); }
    iterator end() const { return iterator(k_.volgende()); }

  private:
    const Knoop& k_;
  };
  Reeks<Lid> leden() const { return Reeks<Lid>(*this); }
  Reeks<const Knoop&> elementen() const { return Reeks<const Knoop&>(*this); }

  // The same value as a boost::json::value, exactly as boost::json::parse
  // gives it (for the paths that are not worth reading from a Knoop).
  boost::json::value als_value(boost::json::storage_ptr storage = {}) const;

private:
  friend class Band;
  friend struct BandBouwer;
  boost::json::kind kind_ = boost::json::kind::null;
  bool ascii_ = false;
  std::uint32_t overslaan_ = 1;  // nodes in this value, itself included
  union {
    const char* tekst_ = nullptr;
    bool bool_;
    std::int64_t int64_;
    std::uint64_t uint64_;
    double double_;
  };
  std::size_t grootte_ = 0;  // string bytes, members or elements
};

inline std::string_view Lid::key() const { return key_->get_string(); }

// An object's members as boost::json::parse keeps them: the last value of a
// key, at the key's first place (where the members' order or number shows).
using Leden = boost::container::small_vector<Lid, 8>;
Leden leden_zonder_dubbele(const Knoop& obj);

// Python's type name of a value (python_type_name of scalars.hpp).
inline std::string_view python_type_name(const Knoop& k) { return python_type_name(k.kind()); }

class Band {
public:
  Band() = default;
  // The body as a Band; its strings point into `body`.
  explicit Band(const boost::json::value& body);
  Band(const Band&) = delete;
  Band& operator=(const Band&) = delete;

  // The document's value (of a Band that lees() filled or a DOM made).
  const Knoop& wortel() const { return knopen_.front(); }

private:
  friend struct BandBouwer;
  friend bool lees(std::string_view, Band&, InvalidParams&, const Limieten&);
  void neem(const boost::json::value& v);

  boost::container::small_vector<Knoop, 256> knopen_;
  // Strings that could not point into the text (those with escapes), made
  // when the first one comes.
  unsigned char buffer_[512];
  std::optional<boost::json::monotonic_resource> teksten_;
  // The DOM that a Band made from one keeps pointing into (optional: its
  // destructor is a call into Boost.JSON, which a Band made by a reader
  // need not pay).
  std::optional<boost::json::value> dom_;
};

// Parses JSON text into `band` as json::parse would (same limits, same
// verdict); on failure adds the same single `parse_error` as json::parse and
// returns false.
bool lees(std::string_view text, Band& band, InvalidParams& errors, const Limieten& limieten = {});

namespace detail {
// The two readers lees() tries in turn. Each fills `band` and returns true,
// or returns false and leaves the text to the next. lees_gewoon (the common
// JSON of request bodies, with its own scanner) gives up on whatever it does
// not take as it is; lees_tokenizer is Boost.JSON's basic_parser.
bool lees_gewoon(std::string_view text, Band& band, std::size_t max_diepte);
bool lees_tokenizer(std::string_view text, Band& band, std::size_t max_diepte);
}  // namespace detail

}  // namespace ki::json
