//! A test client for the whole application: keeps cookies like a browser, reads the CSRF token
//! from the last page, and lets a test move the clock.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use klero_store::Store;
use klero_test_db::{Kind, TestDb};
use klero_web::{AppState, Config, app};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use tower::ServiceExt;

/// The demonstration's shared password.
pub const PASSWORD: &str = "demo password 1";
/// When the tests start.
pub const START: i64 = 1_800_000_000;

/// The application over a fresh database loaded with the demonstration.
pub struct TestApp {
    pub state: AppState,
    pub clock: Arc<AtomicI64>,
    _db: TestDb,
}

impl TestApp {
    pub async fn new(kind: Kind) -> TestApp {
        Self::with_config(kind, Config::default()).await
    }

    pub async fn with_config(kind: Kind, config: Config) -> TestApp {
        let db = TestDb::new(kind).await;
        let store = Store::connect(&db.url).await.expect("store");
        klero_demo::load(&store, PASSWORD, START)
            .await
            .expect("demo");
        let clock = Arc::new(AtomicI64::new(START));
        let mut state = AppState::new(store, config);
        let time = clock.clone();
        state.clock = Arc::new(move || time.load(Ordering::SeqCst));
        TestApp {
            state,
            clock,
            _db: db,
        }
    }

    /// A second application over the same database and clock, as a second `klero serve`
    /// process would be (its own store, connection pool and caches).
    pub async fn second_process(&self) -> AppState {
        let store = Store::connect(&self._db.url).await.expect("second store");
        let mut state = AppState::new(store, (*self.state.config).clone());
        state.clock = self.state.clock.clone();
        state
    }

    /// A client of `state` (from [`TestApp::second_process`]).
    pub fn client_of(&self, state: &AppState) -> Client {
        let mut client = self.client();
        client.state = state.clone();
        client
    }

    pub fn advance(&self, seconds: i64) {
        self.clock.fetch_add(seconds, Ordering::SeqCst);
    }

    pub fn client(&self) -> Client {
        Client {
            state: self.state.clone(),
            cookies: BTreeMap::new(),
            csrf: None,
            accept_language: None,
            forwarded_for: None,
        }
    }

    /// A client signed in as the demonstration account `email`.
    pub async fn signed_in(&self, email: &str) -> Client {
        let mut client = self.client();
        client.get("/login").await;
        let response = client
            .post(
                "/login",
                &[
                    ("email", email),
                    ("password", PASSWORD),
                    ("next", "/account"),
                ],
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "login of {email}: {}",
            response.body
        );
        client.get("/account").await;
        client
    }
}

/// What came back.
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body's bytes (a PDF or a zip file has no text body).
    pub bytes: Vec<u8>,
}

/// A browser-like client (a clone shares nothing with it afterwards: two tabs).
#[derive(Clone)]
pub struct Client {
    state: AppState,
    cookies: BTreeMap<String, String>,
    csrf: Option<String>,
    pub accept_language: Option<String>,
    pub forwarded_for: Option<String>,
}

impl Client {
    pub async fn get(&mut self, path: &str) -> Reply {
        self.send(Request::get(path), Body::empty()).await
    }

    /// Posts a form with the CSRF token of the last page (or of the cookie).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let token = self
            .csrf
            .clone()
            .or_else(|| self.cookies.get("klero_csrf").cloned())
            .unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// Posts a form with the CSRF token, asking for a JSON reply (as `static/proposals.js` does).
    pub async fn post_for_json(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let token = self.csrf.clone().unwrap_or_default();
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        let body = serde_urlencoded::to_string(&all).expect("form");
        let request = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json");
        self.send(request, Body::from(body)).await
    }

    /// Posts exactly these fields (no token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded::to_string(fields).expect("form");
        let request =
            Request::post(path).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        self.send(request, Body::from(body)).await
    }

    /// Posts a file as `multipart/form-data` (field `file`), with the CSRF token.
    pub async fn upload(&mut self, path: &str, file_name: &str, bytes: &[u8]) -> Reply {
        let token = self.csrf.clone().unwrap_or_default();
        let boundary = "klero-test-boundary-7d9f";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::post(path).header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        );
        self.send(request, Body::from(body)).await
    }

    /// Posts text fields and files (`(field, file name, bytes)`) as `multipart/form-data`, with
    /// the CSRF token.
    pub async fn upload_form(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Reply {
        let token = self.csrf.clone().unwrap_or_default();
        let boundary = "klero-test-boundary-7d9f";
        let mut body = Vec::new();
        for (name, value) in std::iter::once(&("csrf", token.as_str())).chain(fields) {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .as_bytes(),
            );
        }
        for (name, file_name, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(path).header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        );
        self.send(request, Body::from(body)).await
    }

    pub async fn send(&mut self, mut request: axum::http::request::Builder, body: Body) -> Reply {
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            request = request.header(header::COOKIE, cookie);
        }
        if let Some(address) = &self.forwarded_for {
            request = request.header("x-forwarded-for", address);
        }
        if let Some(lang) = &self.accept_language {
            request = request.header(header::ACCEPT_LANGUAGE, lang);
        }
        let response = app(self.state.clone())
            .oneshot(request.body(body).expect("request"))
            .await
            .expect("infallible");
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().expect("ascii cookie");
            let pair = text.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || text.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_owned(), value.to_owned());
                }
            }
        }
        let status = response.status();
        let location = response
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().expect("ascii").to_owned());
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let binary = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("application/pdf") || t.starts_with("application/zip"));
        let body = if binary {
            String::new()
        } else {
            String::from_utf8(bytes.to_vec()).expect("utf-8 page")
        };
        if let Some(token) = csrf_in(&body) {
            self.csrf = Some(token);
        }
        Reply {
            status,
            location,
            headers,
            body,
            bytes: bytes.to_vec(),
        }
    }

    /// Opens an event stream at `path` and returns the data of its first `update` event (the
    /// stream itself never ends).
    pub async fn first_event(&mut self, path: &str) -> String {
        let mut request = Request::get(path);
        if !self.cookies.is_empty() {
            let cookie = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("; ");
            request = request.header(header::COOKIE, cookie);
        }
        let response = app(self.state.clone())
            .oneshot(request.body(Body::empty()).expect("request"))
            .await
            .expect("infallible");
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
        assert_eq!(
            content_type.as_ref().and_then(|v| v.to_str().ok()),
            Some("text/event-stream"),
            "{path}"
        );
        let mut body = response.into_body();
        let mut text = String::new();
        let read = async {
            while let Some(frame) = body.frame().await {
                if let Ok(data) = frame.expect("frame").into_data() {
                    text.push_str(&String::from_utf8_lossy(&data));
                }
                if let Some(start) = text.find("event: update\n") {
                    let event = &text[start..];
                    if let Some(end) = event.find("\n\n") {
                        return event[..end]
                            .lines()
                            .filter_map(|l| l.strip_prefix("data: ").or(l.strip_prefix("data:")))
                            .collect::<Vec<_>>()
                            .join("\n");
                    }
                }
            }
            String::new()
        };
        tokio::time::timeout(std::time::Duration::from_secs(10), read)
            .await
            .expect("an update within 10 s")
    }

    /// The value of cookie `name`, if the client holds it.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.get(name).cloned()
    }

    /// Sets cookie `name` as a forger would.
    pub fn set_cookie(&mut self, name: &str, value: &str) {
        self.cookies.insert(name.to_owned(), value.to_owned());
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.contains_key(name)
    }
}

fn csrf_in(body: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = body.find(marker)? + marker.len();
    let token = body.get(start..start + 64)?;
    token
        .bytes()
        .all(|b| b.is_ascii_hexdigit())
        .then(|| token.to_owned())
}
