#pragma once
// Keeps ENet initialised while anyone needs it. Each Library object is one reference: the first
// one initialises ENet, the last one to go deinitialises it. Every Host holds one, so programs
// need not create their own; it may be created and destroyed from any thread.
namespace hr::net {

class Library {
  public:
    // Throws NetError when ENet cannot start.
    Library();
    Library(const Library& other);
    Library& operator=(const Library& other);
    ~Library();

    // How many references are alive, for diagnostics and tests.
    static int users();
};

} // namespace hr::net
