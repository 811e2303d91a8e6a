//! Reads the rendered PDF back with lopdf.

use lopdf::Document;

/// Parses a PDF, failing the test if it does not parse.
pub fn parse(bytes: &[u8]) -> Document {
    Document::load_mem(bytes).unwrap_or_else(|e| panic!("the PDF does not parse: {e}"))
}

/// The text of each page, in order.
pub fn page_texts(document: &Document) -> Vec<String> {
    document
        .get_pages()
        .keys()
        .map(|&number| {
            document
                .extract_text(&[number])
                .unwrap_or_else(|e| panic!("page {number}: no text: {e}"))
        })
        .collect()
}

/// The document title from the info dictionary.
pub fn title(document: &Document) -> String {
    let info = document
        .trailer
        .get(b"Info")
        .and_then(|info| document.dereference(info))
        .unwrap_or_else(|e| panic!("no Info: {e}"))
        .1
        .as_dict()
        .unwrap_or_else(|e| panic!("Info is no dictionary: {e}"));
    let title = info
        .get(b"Title")
        .unwrap_or_else(|e| panic!("no Title: {e}"));
    lopdf::decode_text_string(title).unwrap_or_else(|e| panic!("bad Title: {e}"))
}

/// The font sizes set on each page (the operands of its `Tf` operators), in order.
pub fn font_sizes(document: &Document) -> Vec<Vec<f32>> {
    document
        .get_pages()
        .values()
        .map(|&page| {
            let content = document
                .get_and_decode_page_content(page)
                .unwrap_or_else(|e| panic!("page content: {e}"));
            content
                .operations
                .iter()
                .filter(|op| op.operator == "Tf")
                .filter_map(|op| op.operands.get(1).and_then(|size| size.as_float().ok()))
                .collect()
        })
        .collect()
}
