//! Uploads are parsed off the async threads, at most `PARALLEL_PARSES` at once (issue 25): the
//! server answers `/healthz` while bombs wait for their parse, and each bomb is then refused with
//! a message naming the limit it passed.
//!
//! No timing is measured. The runtime has one async thread and one blocking thread, and the test
//! holds the blocking thread: uploads that take their parse permits cannot finish until it lets
//! go, so `/healthz` answering while every permit is taken and every upload is unfinished proves
//! the order. A parse run on the async thread would finish (and give its permit back) before
//! `/healthz` is asked, and the test would fail.

use crate::harness::TestApp;
use axum::http::StatusCode;
use klero_test_db::Kind;
use std::io::Write;
use std::time::Duration;

const A: &str = "/a/brussels-climate";

fn deflated() -> zip::write::SimpleFileOptions {
    zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1))
}

/// The issue's `.ods`: 1,000 rows of one cell repeated 16,384 times (about 1.5 kB).
fn ods_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("mimetype", deflated())
        .expect("zip in memory");
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("zip in memory");
    zip.start_file("content.xml", deflated())
        .expect("zip in memory");
    let row = "<table:table-row><table:table-cell table:number-columns-repeated=\"16384\" \
               office:value-type=\"string\"><text:p>x</text:p></table:table-cell>\
               </table:table-row>";
    write!(
        zip,
        "<office:document-content><office:body><office:spreadsheet>\
         <table:table table:name=\"S\">{}</table:table></office:spreadsheet></office:body>\
         </office:document-content>",
        row.repeat(1000)
    )
    .expect("zip in memory");
    zip.finish().expect("zip in memory").into_inner()
}

/// An `.xlsx` whose sheet unpacks to 129 MiB of spaces (about 130 kB).
fn xlsx_bomb() -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("xl/workbook.xml", deflated())
        .expect("zip in memory");
    zip.write_all(b"<workbook/>").expect("zip in memory");
    zip.start_file("xl/worksheets/sheet1.xml", deflated())
        .expect("zip in memory");
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..129 {
        zip.write_all(&chunk).expect("zip in memory");
    }
    zip.finish().expect("zip in memory").into_inner()
}

fn answers_while_uploads_wait_for_their_parse(kind: Kind) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(1)
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let app = TestApp::new(kind).await;
        let mut organiser = app.signed_in("organiser@demo.kleroterion.org").await;
        let import = format!("{A}/p/2/import");
        organiser.get(&format!("{A}/p/2/followup")).await;
        let wide = format!("number,title_fr,text_fr\n1,a,b{}\n", ",x".repeat(5000));
        let bombs: Vec<(&str, Vec<u8>, &str)> = vec![
            ("bomb.ods", ods_bomb(), "beyond column 1,000 (the limit)"),
            ("bomb2.ods", ods_bomb(), "beyond column 1,000 (the limit)"),
            (
                "bomb.xlsx",
                xlsx_bomb(),
                "unpacks to more than 128 MiB (the limit)",
            ),
            (
                "wide.csv",
                wide.into_bytes(),
                "beyond column 1,000 (the limit)",
            ),
        ];
        assert!(bombs.len() > klero_web::PARALLEL_PARSES);

        // Hold the only blocking thread.
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let holder = tokio::task::spawn_blocking(move || hold.recv());
        let uploads: Vec<_> = bombs
            .iter()
            .map(|(name, bytes, _)| {
                let (mut client, path) = (organiser.clone(), import.clone());
                let (name, bytes) = (name.to_string(), bytes.clone());
                tokio::spawn(async move { client.upload(&path, &name, &bytes).await })
            })
            .collect();
        // Every permit taken (the time bound only ends a failing test).
        tokio::time::timeout(Duration::from_secs(300), async {
            while app.state.parses.available_permits() > 0 {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        })
        .await
        .expect("the uploads never took the parse permits");

        let health = app.client().get("/healthz").await;
        assert_eq!(health.status, StatusCode::OK);
        assert_eq!(health.body, "ok");
        assert_eq!(app.state.parses.available_permits(), 0);
        assert!(
            uploads.iter().all(|u| !u.is_finished()),
            "an upload finished without a blocking thread: it was parsed on the async thread"
        );

        release.send(()).expect("the holder waits");
        holder.await.expect("holder").expect("released");
        for (upload, (name, _, limit)) in uploads.into_iter().zip(&bombs) {
            let reply = upload.await.expect("upload task");
            assert_eq!(
                reply.status,
                StatusCode::UNPROCESSABLE_ENTITY,
                "{name}: {}",
                reply.body
            );
            assert!(reply.body.contains(name), "{name}: {}", reply.body);
            assert!(reply.body.contains(limit), "{name}: {}", reply.body);
        }
        assert_eq!(
            app.state.parses.available_permits(),
            klero_web::PARALLEL_PARSES
        );
        // Nothing was imported.
        let page = organiser.get(&format!("{A}/p/2/followup")).await;
        assert!(!page.body.contains("bomb"), "{}", page.body);
    });
}

#[test]
fn sqlite_answers_while_uploads_wait_for_their_parse() {
    answers_while_uploads_wait_for_their_parse(Kind::Sqlite);
}

#[test]
fn postgres_answers_while_uploads_wait_for_their_parse() {
    answers_while_uploads_wait_for_their_parse(Kind::Postgres);
}
