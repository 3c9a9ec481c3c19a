#pragma once
// Fixture for the layering check: the core must not include ENet.
#include <enet/enet.h>
