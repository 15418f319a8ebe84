// An outside C++ program, built with find_package(klantinteracties) against
// the installed C++ API: validates a Partij body and prints the error document.
#include <iostream>

#include <boost/json/parse.hpp>

#include "klantinteracties/json/components.hpp"
#include "klantinteracties/json/error_document.hpp"

int main() {
  const auto* partij = ki::json::find_component("Partij");
  if (!partij || !partij->validate) return 1;
  ki::InvalidParams errors;
  partij->validate(boost::json::parse("{}"), ki::rules::Options{}, errors);
  if (errors.size() != 2 || errors.front().name != "soortPartij") return 1;
  std::cout << "C++: " << errors.size() << " invalidParams, first " << errors.front().name << ": "
            << errors.front().reason << "\n";
  return 0;
}
