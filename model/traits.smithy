$version: "2"

namespace ivs.contract

/// Limits the size of a string as the number of bytes of its UTF-8 encoding, where the
/// standard `@length` trait would count characters. A value outside the bounds is rejected
/// with a validation error, exactly like a `@length` violation.
@trait(selector: ":test(string, member > string)")
structure byteLength {
    /// The smallest accepted size in UTF-8 bytes; no lower bound when absent.
    min: Long

    /// The largest accepted size in UTF-8 bytes; no upper bound when absent.
    max: Long
}
