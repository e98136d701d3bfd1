//! Sending a stored report's findings elsewhere. Like `load/live`, it talks to AWS; it reads
//! only the `Report` (the JSON contract) and the renderers' shapes of it.

pub mod securityhub;
