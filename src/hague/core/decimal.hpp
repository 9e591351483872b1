#pragma once
/// Decimal rounding of figures as they are published.

namespace hague {

/// Rounds value to `decimals` places, half away from zero, on its shortest decimal representation
/// (the digits a CSV file or a workbook cell shows), not on its binary approximation: 1.995 rounds
/// to 2.00 although the double nearest 1.995 lies below it. decimals is in [0, 15].
[[nodiscard]] double round_decimal(double value, int decimals);

} // namespace hague
