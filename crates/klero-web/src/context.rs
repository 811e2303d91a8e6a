//! What every request knows, built once by [`middleware`]: the reader's language, the session
//! (or that it expired), the CSRF token forms must carry, and the client's address. Handlers take
//! it as the [`Ctx`] extractor; forms arrive through [`CsrfForm`], which refuses a missing or
//! forged token before the handler runs.

use crate::AppState;
use crate::errors::{self, PageError};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use klero_domain::input::RawForm;
use klero_domain::lang::Lang;
use klero_store::{Session, SessionLookup};
use subtle::ConstantTimeEq;

/// Cookie holding the session token.
pub const SESSION_COOKIE: &str = "klero_session";
/// Cookie holding the CSRF token of a visitor who is not signed in.
pub const CSRF_COOKIE: &str = "klero_csrf";
/// Cookie holding the chosen language.
pub const LANG_COOKIE: &str = "klero_lang";

/// The request's context.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The language pages are rendered in.
    pub lang: Lang,
    /// The live session, if signed in.
    pub session: Option<Session>,
    /// The request carried a session that has ended.
    pub session_expired: bool,
    /// The token every form must carry.
    pub csrf: String,
    /// Path and query of this request, for "come back here" links.
    pub here: String,
    /// The client's network address (for login throttling), or `unknown`.
    pub client: String,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Ctx>()
            .cloned()
            .ok_or(PageError::Internal("request context missing"))
    }
}

fn is_token(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Builds the [`Ctx`], runs the handler, sets the cookies the context decided on, and renders
/// error pages in the reader's language.
pub async fn middleware(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let jar = CookieJar::from_headers(request.headers());
    let lang = jar
        .get(LANG_COOKIE)
        .and_then(|c| Lang::parse(c.value()))
        .or_else(|| {
            request
                .headers()
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        })
        .unwrap_or(Lang::En);
    let here = request
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_owned(), |pq| pq.as_str().to_owned());
    let forwarded = state
        .config
        .trust_forwarded_for
        .then(|| request.headers().get("x-forwarded-for"))
        .flatten()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty());
    let client = forwarded.unwrap_or_else(|| {
        request
            .extensions()
            .get::<ConnectInfo<std::net::SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string())
    });
    let now = state.now();

    let mut clear_session = false;
    let (session, session_expired) = match jar.get(SESSION_COOKIE).map(|c| c.value().to_owned()) {
        Some(token) => match state.store.session(&token, now).await {
            Ok(SessionLookup::Valid(session)) => (Some(session), false),
            Ok(SessionLookup::Expired) => {
                clear_session = true;
                (None, true)
            }
            Ok(SessionLookup::Unknown) => {
                clear_session = true;
                (None, false)
            }
            Err(error) => {
                tracing::error!(%error, "looking up a session");
                return errors::render(&fallback_ctx(lang, here), PageError::Unavailable);
            }
        },
        None => (None, false),
    };
    let mut new_csrf_cookie = None;
    let csrf = match (&session, jar.get(CSRF_COOKIE).map(|c| c.value())) {
        (Some(session), _) => session.csrf_token.clone(),
        (None, Some(token)) if is_token(token) => token.to_owned(),
        (None, _) => match klero_store::random_token() {
            Ok(token) => {
                new_csrf_cookie = Some(token.clone());
                token
            }
            Err(_) => return errors::render(&fallback_ctx(lang, here), PageError::Unavailable),
        },
    };
    let ctx = Ctx {
        lang,
        session,
        session_expired,
        csrf,
        here,
        client,
    };
    request.extensions_mut().insert(ctx.clone());
    let mut response = next.run(request).await;
    if let Some(error) = response.extensions_mut().remove::<PageError>() {
        response = errors::render(&ctx, error);
    }
    let secure = state.config.cookies_secure();
    let mut set = Vec::new();
    if let Some(token) = new_csrf_cookie {
        set.push(cookie(CSRF_COOKIE, token, secure, SameSite::Strict, None));
    }
    if clear_session {
        set.push(cookie(
            SESSION_COOKIE,
            String::new(),
            secure,
            SameSite::Lax,
            Some(0),
        ));
    }
    for c in set {
        set_cookie(&mut response, &c);
    }
    response
}

/// Adds a `Set-Cookie` header for `cookie` to `response`.
pub(crate) fn set_cookie(response: &mut Response, cookie: &Cookie<'_>) {
    if let Ok(value) = cookie.to_string().parse() {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
}

fn fallback_ctx(lang: Lang, here: String) -> Ctx {
    Ctx {
        lang,
        session: None,
        session_expired: false,
        csrf: String::new(),
        here,
        client: String::new(),
    }
}

/// A cookie with the platform's settings: `HttpOnly`, path `/`, `Secure` when configured.
pub(crate) fn cookie(
    name: &'static str,
    value: String,
    secure: bool,
    same_site: SameSite,
    max_age_seconds: Option<i64>,
) -> Cookie<'static> {
    let mut builder = Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(same_site);
    if let Some(seconds) = max_age_seconds {
        builder = builder.max_age(time::Duration::seconds(seconds));
    }
    builder.build()
}

/// Reads an upload form (`multipart/form-data` with fields `csrf` and `file`), refusing it
/// unless its token matches the request's: the file's name (`default_name` when the browser
/// gave none) and bytes, if a file was sent.
pub(crate) async fn read_upload(
    ctx: &Ctx,
    mut multipart: axum::extract::Multipart,
    default_name: &str,
) -> Result<Option<(String, Bytes)>, PageError> {
    let (mut csrf, mut file) = (String::new(), None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| PageError::BadRequest)?
    {
        match field.name() {
            Some("csrf") => csrf = field.text().await.map_err(|_| PageError::BadRequest)?,
            Some("file") => {
                let name = field.file_name().unwrap_or(default_name).to_owned();
                let bytes = field.bytes().await.map_err(|_| PageError::BadRequest)?;
                file = Some((name, bytes));
            }
            _ => {}
        }
    }
    if ctx.csrf.is_empty() || !bool::from(csrf.as_bytes().ct_eq(ctx.csrf.as_bytes())) {
        return Err(PageError::Csrf);
    }
    Ok(file)
}

/// Reads a form sent as `multipart/form-data` with one file (field `file`) beside its text
/// fields, refusing it unless its token (field `csrf`) matches the request's: the fields, and
/// the file's name and bytes if one was chosen (a browser sends an empty part otherwise).
pub(crate) async fn read_form_with_file(
    ctx: &Ctx,
    mut multipart: axum::extract::Multipart,
) -> Result<(RawForm, Option<(String, Bytes)>), PageError> {
    let (mut form, mut file) = (RawForm::new(), None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|_| PageError::BadRequest)?
    {
        let Some(name) = field.name().map(str::to_owned) else {
            continue;
        };
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(|_| PageError::BadRequest)?;
            if !file_name.is_empty() || !bytes.is_empty() {
                file = Some((file_name, bytes));
            }
        } else {
            let text = field.text().await.map_err(|_| PageError::BadRequest)?;
            form.insert(name, text);
        }
    }
    let csrf = form.remove("csrf").unwrap_or_default();
    if ctx.csrf.is_empty() || !bool::from(csrf.as_bytes().ct_eq(ctx.csrf.as_bytes())) {
        return Err(PageError::Csrf);
    }
    Ok((form, file))
}

/// A submitted form whose CSRF token (field `csrf`) matched the session's or the visitor's.
#[derive(Debug, Clone)]
pub struct CsrfForm(pub RawForm);

/// A submitted form as its name and value pairs, in order and with repeated names (check
/// boxes), whose CSRF token matched the session's or the visitor's.
#[derive(Debug, Clone)]
pub struct CsrfPairs(pub Vec<(String, String)>);

/// Reads a form body and checks its CSRF token.
async fn checked_pairs<S: Send + Sync>(
    request: Request,
    state: &S,
) -> Result<Vec<(String, String)>, PageError> {
    let expected = request
        .extensions()
        .get::<Ctx>()
        .map(|ctx| ctx.csrf.clone())
        .ok_or(PageError::Internal("request context missing"))?;
    let body = Bytes::from_request(request, state)
        .await
        .map_err(|_| PageError::BadRequest)?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&body).map_err(|_| PageError::BadRequest)?;
    let given = pairs
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    if expected.is_empty() || !bool::from(given.as_bytes().ct_eq(expected.as_bytes())) {
        return Err(PageError::Csrf);
    }
    Ok(pairs)
}

impl<S: Send + Sync> FromRequest<S> for CsrfForm {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let pairs = checked_pairs(request, state).await?;
        Ok(CsrfForm(pairs.into_iter().collect()))
    }
}

impl<S: Send + Sync> FromRequest<S> for CsrfPairs {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        Ok(CsrfPairs(checked_pairs(request, state).await?))
    }
}
