//! klero-web's tests: the whole application in process, with a fresh database per test.

mod harness;

mod access;
mod deliberation;
mod errors;
mod flows;
mod followup;
mod i18n;
mod mail;
mod navigation;
mod proposals;
mod recruitment;
mod redirects;
mod selection;
mod summit;
mod throttles;
mod uploads;
