//! The VM side of manual and timed reclamation: what a stale reference says when
//! it is used, and the `@ttl` annotations.

use super::error::SITE_MARK;
use super::{RuntimeError, Vm, VmResult};
use crate::heap::{format_number, Handle, Obj, Reclaimed, Stale, Value};

impl Vm {
    /// The error for using a freed or expired object —
    /// `use of freed list (allocated at demo.ml:3:9, freed at demo.ml:5:1)` —
    /// or, with `double_free`, for freeing it again.
    #[cold]
    #[inline(never)]
    pub(crate) fn stale_error(&self, double_free: bool, stale: Stale) -> Box<RuntimeError> {
        let mut sites = vec![stale.site];
        let kind = stale.kind.name();
        let allocated = format!("allocated at {SITE_MARK}0{SITE_MARK}");
        let message = match (stale.how, double_free) {
            (Some(Reclaimed::Freed { at }), double_free) => {
                sites.push(at);
                let details = format!("{allocated}, freed at {SITE_MARK}1{SITE_MARK}");
                if double_free {
                    format!("double free of {kind} ({details})")
                } else {
                    format!("use of freed {kind} ({details})")
                }
            }
            (Some(Reclaimed::Expired { ttl, deadline }), double_free) => {
                let mut ttl_text = String::new();
                format_number(ttl, &mut ttl_text);
                let ago = format_ago(self.clock() - deadline);
                let details = format!("{allocated} with @ttl({ttl_text}), expired {ago} ago");
                if double_free {
                    format!("free of expired {kind} ({details})")
                } else {
                    format!("use of expired {kind} ({details})")
                }
            }
            (None, _) => "use of a reclaimed object".to_string(),
        };
        let mut error = self.error(message);
        error.sites = sites;
        error
    }

    /// Errors when `value` is a freed or expired object.
    #[inline]
    pub(crate) fn check_live(&self, value: Value) -> VmResult<()> {
        match value.as_handle().map(|h| self.heap.get(h)) {
            Some(Err(stale)) => Err(self.stale_error(false, stale)),
            _ => Ok(()),
        }
    }

    /// The object behind a handle, or the stale-reference error.
    #[inline]
    pub(crate) fn live_obj(&self, h: Handle) -> VmResult<&Obj> {
        self.heap
            .get(h)
            .map_err(|stale| self.stale_error(false, stale))
    }

    /// The text of the string `h` (a name, a key, an operand): a stale handle
    /// is the stale-reference error, never an empty string.
    pub(crate) fn text(&self, h: Handle) -> VmResult<&str> {
        match self.heap.str(h) {
            Ok(Some(text)) => Ok(text),
            Ok(None) => Err(self.error(format!(
                "expected a string, not {}",
                self.type_name(Value::obj(h))
            ))),
            Err(stale) => Err(self.stale_error(false, stale)),
        }
    }

    /// The printed form of `value`; printing a stale reference, even one inside
    /// a list or map, is a use of it.
    pub(crate) fn printed(&self, value: Value) -> VmResult<String> {
        let mut text = String::new();
        match self.try_format(value, &mut text) {
            Ok(()) => Ok(text),
            Err(stale) => Err(self.stale_error(false, stale)),
        }
    }

    /// `object @ttl(seconds)`: sets (or renews) the object's deadline.
    pub(super) fn set_ttl(&mut self, object: Value, seconds: Value) -> VmResult<()> {
        if self.config.ignore_ttl {
            return Ok(());
        }
        let seconds = self.ttl_seconds(seconds)?;
        let h = match object.as_handle() {
            Some(h) => h,
            None => {
                return Err(self.error(format!(
                    "@ttl applies to objects (strings, lists, maps, instances), not {}",
                    self.type_name(object)
                )))
            }
        };
        self.live_obj(h)?;
        if self.heap.is_code(h) {
            return Err(self.error(format!(
                "@ttl can't apply to a {}: it belongs to the program's code",
                self.type_name(object)
            )));
        }
        let now = self.clock();
        self.heap.set_deadline(h, now + seconds, seconds);
        Ok(())
    }

    /// `@ttl(seconds) class C {...}`: every instance of C gets the deadline.
    pub(super) fn set_class_ttl(&mut self, class: Value, seconds: Value) -> VmResult<()> {
        if self.config.ignore_ttl {
            return Ok(());
        }
        let seconds = self.ttl_seconds(seconds)?;
        if let Some(Ok(Obj::Class(c))) = class.as_handle().map(|h| self.heap.get_mut(h)) {
            c.ttl = Some(seconds);
        }
        Ok(())
    }

    fn ttl_seconds(&self, seconds: Value) -> VmResult<f64> {
        self.check_live(seconds)?;
        match seconds.as_number() {
            Some(s) if s >= 0.0 => Ok(s),
            _ => Err(self.error(format!(
                "@ttl needs a number of seconds of at least 0, not {}",
                self.describe_value(seconds)
            ))),
        }
    }

    /// Starts the deadline of a new instance of a class annotated with `@ttl`.
    pub(super) fn start_instance_ttl(&mut self, instance: Handle, ttl: Option<f64>) {
        if let (Some(seconds), false) = (ttl, self.config.ignore_ttl) {
            let now = self.clock();
            self.heap.set_deadline(instance, now + seconds, seconds);
        }
    }
}

/// How long ago, for people: `3 ms`, `1.5 s`.
fn format_ago(seconds: f64) -> String {
    let seconds = seconds.max(0.0);
    if seconds < 1.0 {
        format!("{} ms", (seconds * 1000.0).round() as u64)
    } else {
        format!("{seconds:.1} s")
    }
}
