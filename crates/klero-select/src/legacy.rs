//! placeholder
use crate::*;
pub(crate) fn legacy_distribution(
    _: &Instance,
    _: [u8; 32],
    _: usize,
) -> Result<Distribution, SelectError> {
    todo!()
}
