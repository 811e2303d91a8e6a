//! placeholder
use crate::*;
pub(crate) fn leximin(
    _: &Instance,
    _: bool,
    _: &mut dyn FnMut(Progress),
) -> Result<Distribution, SelectError> {
    todo!()
}
