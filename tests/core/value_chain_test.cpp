#include "core/value_chain.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hr;

namespace {
constexpr auto kDesign = static_cast<std::size_t>(ChainStage::Design);
constexpr auto kInputs = static_cast<std::size_t>(ChainStage::Inputs);
constexpr auto kProduction = static_cast<std::size_t>(ChainStage::Production);
constexpr auto kMarketing = static_cast<std::size_t>(ChainStage::Marketing);
constexpr auto kRetail = static_cast<std::size_t>(ChainStage::Retail);

double sum(const ValueChainSplit& v) {
    double s = 0;
    for (const double x : v.share) {
        s += x;
    }
    return s;
}
} // namespace

TEST_CASE("the stages' shares of the final price sum to one", "[core][value_chain]") {
    const ModelParams p;
    const auto channel = static_cast<SalesChannel>(GENERATE(0, 1, 2, 3));
    const auto governance = static_cast<Governance>(GENERATE(0, 1, 2, 3));
    const double price = GENERATE(0.0, 5000.0, 20000.0, 61234.5);
    const ValueChainSplit v = split_sale(p, channel, governance, price, 9200, 0.6);
    CHECK(std::abs(sum(v) - 1.0) <= 1e-12);
    for (const double x : v.share) {
        CHECK(x >= -1e-12);
    }
}

TEST_CASE("an own brand keeps design and marketing; contracts leave them to the buyer",
          "[core][value_chain]") {
    const ModelParams p;
    const auto brand = split_sale(p, SalesChannel::OwnBrand, Governance::Market, 60000, 9200, 0.6);
    const auto contract =
        split_sale(p, SalesChannel::Contract, Governance::QuasiHierarchy, 26000, 9200, 0.6);
    CHECK(brand.captor[kDesign] == Captor::Firm);
    CHECK(brand.captor[kMarketing] == Captor::Firm);
    CHECK(brand.captor[kRetail] == Captor::Buyer);
    CHECK(contract.captor[kDesign] == Captor::Buyer);
    CHECK(contract.captor[kMarketing] == Captor::Buyer);
    CHECK(contract.captor[kProduction] == Captor::Firm);
    CHECK(contract.captor[kInputs] == Captor::ClusterSupplier);
    CHECK(brand.firm_share() > 2.0 * contract.firm_share());
    CHECK(contract.cluster_share() > contract.firm_share());
    // The firm's factory-gate price is the final price times the shares it and its suppliers get.
    CHECK(static_cast<double>(contract.final_price) *
              (contract.share[kInputs] + contract.share[kProduction]) ==
          Approx(26000).epsilon(1e-4));
}

TEST_CASE("a design partner shares design; a transnational owner takes everything else",
          "[core][value_chain]") {
    const ModelParams p;
    const auto network =
        split_sale(p, SalesChannel::Contract, Governance::Network, 26000, 9200, 0.6);
    const auto owned =
        split_sale(p, SalesChannel::Contract, Governance::Hierarchy, 26000, 9200, 0.6);
    CHECK(network.captor[kDesign] == Captor::Firm);
    CHECK(owned.captor[kDesign] == Captor::Buyer);
    CHECK(owned.captor[kInputs] == Captor::Buyer);
    CHECK(owned.cluster_share() == Approx(owned.firm_share()));
    CHECK(network.cluster_share() == Approx(network.firm_share() + 0.6 * network.share[kInputs]));
}

TEST_CASE("a firm's value chain averages its channels by value", "[core][value_chain]") {
    const ModelParams p;
    std::array<ValueChainSplit, kSalesChannels> splits{};
    for (std::size_t c = 0; c < kSalesChannels; ++c) {
        splits[c] =
            split_sale(p, static_cast<SalesChannel>(c), Governance::Market, 30000, 9000, 0.6);
    }
    const auto mostly_brand = combine_splits(splits, {0, 1, 9, 0});
    const auto mostly_low = combine_splits(splits, {0, 9, 1, 0});
    CHECK(std::abs(sum(mostly_brand) - 1.0) <= 1e-12);
    CHECK(mostly_brand.captor[kMarketing] == Captor::Firm);
    CHECK(mostly_low.captor[kMarketing] == Captor::Buyer);
    // The firm's part is exact even where it is not the main captor.
    CHECK(mostly_low.firm_share() ==
          Approx(0.9 * splits[1].firm_share() + 0.1 * splits[2].firm_share()));
    const auto nothing = combine_splits(splits, {0, 0, 0, 0});
    CHECK(std::abs(sum(nothing) - 1.0) <= 1e-12);
}
