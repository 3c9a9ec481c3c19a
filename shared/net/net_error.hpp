#pragma once
// What the transport throws when it cannot be set up at all: ENet failing to start, an address
// that does not resolve, a port already taken, a configuration out of range.
#include <stdexcept>

namespace hr::net {

class NetError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

} // namespace hr::net
