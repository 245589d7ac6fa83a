using System.Globalization;
using Cchc.V1;

namespace CchcGrpc.Client.Tui.Text;

/// <summary>Every word the terminal UI shows, in Vietnamese (default) and English (--lang en).</summary>
public sealed class UiText(bool english)
{
    private static readonly Dictionary<string, (string Vi, string En)> Table = new(StringComparer.Ordinal)
    {
        // Common
        ["busy"] = ("Đang tải…", "Loading…"),
        ["loading"] = ("Đang tải dữ liệu…", "Loading…"),
        ["link_online"] = ("● Đã kết nối", "● Connected"),
        ["link_offline"] = ("○ Mất kết nối", "○ Offline"),
        ["link_reconnecting"] = ("◌ Đang kết nối lại", "◌ Reconnecting"),
        ["drafts_resent"] = ("Đã có kết nối lại: đã gửi {0} bản nháp chờ gửi.", "Back online: {0} waiting drafts sent."),
        ["drafts_waiting"] = ("Đã gửi {0} bản nháp; còn chờ: {1} (mở báo cáo để xử lý).", "{0} drafts sent; still waiting: {1} (open the report to settle it)."),
        ["offline_error"] = ("Không kết nối được máy chủ: {0}", "Cannot reach the server: {0}"),
        ["confirm_hint"] = ("Enter/y: đồng ý · Esc/n: thôi", "Enter/y: yes · Esc/n: no"),
        ["close_hint"] = ("Nhấn phím bất kỳ để đóng", "Press any key to close"),
        ["prompt_hint"] = ("Enter: xác nhận · Esc: hủy", "Enter: accept · Esc: cancel"),
        ["pick_hint"] = ("↑/↓: chọn · gõ để lọc · Enter: chọn · Esc: hủy", "↑/↓: move · type to filter · Enter: pick · Esc: cancel"),
        ["required"] = ("Không được để trống.", "This may not be empty."),
        ["quit_title"] = ("Thoát chương trình?", "Quit?"),
        ["unsaved_in"] = ("Còn thay đổi chưa lưu: {0}", "Unsaved changes: {0}"),
        ["quit_anyway"] = ("Thoát mà không lưu? Các giá trị đã gõ vẫn giữ trong bản nháp trên máy và hiện lại khi mở báo cáo.", "Quit without saving? The typed values stay in the local draft and come back when you open the report."),
        ["help_title"] = ("Trợ giúp: {0}", "Help: {0}"),
        ["help_hint"] = ("↑/↓: cuộn · phím khác: đóng", "↑/↓: scroll · any other key: close"),
        ["help_common"] = ("Phím dùng chung", "Common keys"),
        ["help_common_help"] = ("F1 hoặc ?   trợ giúp của màn hình này", "F1 or ?    help for this screen"),
        ["help_common_palette"] = (":          bảng lệnh (gõ để tìm lệnh)", ":          command palette (type to find a command)"),
        ["help_common_back"] = ("Esc        quay lại màn hình trước", "Esc        back to the previous screen"),
        ["help_common_quit"] = ("q          thoát (ở màn hình chính) · F10 thoát ở mọi nơi", "q          quit (from home) · F10 quits anywhere"),
        ["help_common_redraw"] = ("Ctrl-L     vẽ lại toàn bộ màn hình", "Ctrl-L     redraw the whole screen"),
        ["palette_title"] = ("Bảng lệnh", "Commands"),
        ["palette_hint"] = ("gõ để lọc · ↑/↓ · Enter: chạy · Esc: đóng", "type to filter · ↑/↓ · Enter: run · Esc: close"),
        ["cmd_help"] = ("Trợ giúp", "Help"),
        ["cmd_back"] = ("Quay lại", "Back"),
        ["cmd_redraw"] = ("Vẽ lại màn hình", "Redraw the screen"),
        ["cmd_quit"] = ("Thoát", "Quit"),
        ["cmd_open"] = ("Mở báo cáo", "Open the report"),
        ["cmd_units"] = ("Danh sách đơn vị", "Unit browser"),
        ["cmd_review"] = ("Báo cáo chờ duyệt", "Review queue"),
        ["cmd_compare"] = ("So sánh đơn vị", "Compare units"),
        ["cmd_trend"] = ("Xu hướng qua các kỳ", "Trend across periods"),
        ["cmd_reload"] = ("Tải lại", "Reload"),
        ["cmd_edit"] = ("Sửa ô đang chọn", "Edit the selected cell"),
        ["cmd_note"] = ("Sửa ghi chú", "Edit the note"),
        ["cmd_save"] = ("Lưu bản nháp", "Save the draft"),
        ["cmd_submit"] = ("Gửi báo cáo", "Submit the report"),
        ["cmd_approve"] = ("Duyệt báo cáo", "Approve the report"),
        ["cmd_return"] = ("Trả lại báo cáo (kèm ý kiến)", "Return the report (with a comment)"),
        ["cmd_findings"] = ("Danh sách lỗi và cảnh báo", "Findings list"),
        ["cmd_history"] = ("Lịch sử thay đổi", "History"),
        ["cmd_first_error"] = ("Đến lỗi đầu tiên", "Go to the first finding"),
        ["cmd_filter"] = ("Lọc theo tên hoặc mã", "Filter by name or code"),
        ["cmd_indicator"] = ("Chọn chỉ tiêu", "Pick the indicator"),
        ["cmd_period"] = ("Chọn kỳ báo cáo", "Pick the period"),
        ["cmd_peers"] = ("Đổi nhóm so sánh", "Change the peer set"),
        ["cmd_order"] = ("Đảo thứ tự xếp hạng", "Reverse the ranking order"),
        ["key_help"] = ("Trợ giúp", "Help"),
        ["key_palette"] = ("Lệnh", "Commands"),
        ["key_back"] = ("Quay lại", "Back"),
        ["key_quit"] = ("Thoát", "Quit"),
        ["key_open"] = ("Mở", "Open"),
        ["key_units"] = ("Đơn vị", "Units"),
        ["key_review"] = ("Duyệt", "Review"),
        ["key_compare"] = ("So sánh", "Compare"),
        ["key_trend"] = ("Xu hướng", "Trend"),
        ["key_reload"] = ("Tải lại", "Reload"),
        ["key_signin"] = ("Đăng nhập", "Sign in"),
        ["key_next_field"] = ("Ô tiếp", "Next field"),
        ["key_accept"] = ("Nhận", "Accept"),
        ["key_cancel"] = ("Hủy", "Cancel"),
        ["key_clear"] = ("Xóa lọc", "Clear"),
        ["key_next_cell"] = ("Ô tiếp", "Next cell"),
        ["key_edit"] = ("Sửa", "Edit"),
        ["key_note"] = ("Ghi chú", "Note"),
        ["key_save"] = ("Lưu", "Save"),
        ["key_submit"] = ("Gửi", "Submit"),
        ["key_findings"] = ("Lỗi", "Findings"),
        ["key_history"] = ("Lịch sử", "History"),
        ["key_approve"] = ("Duyệt", "Approve"),
        ["key_return"] = ("Trả lại", "Return"),
        ["key_expand"] = ("Mở/đóng", "Expand"),
        ["key_filter"] = ("Lọc", "Filter"),
        ["key_mark"] = ("Đánh dấu", "Mark"),
        ["key_indicator"] = ("Chỉ tiêu", "Indicator"),
        ["key_period"] = ("Kỳ", "Period"),
        ["key_peers"] = ("Nhóm", "Peers"),
        ["key_order"] = ("Thứ tự", "Order"),

        // Sign in
        ["signin_title"] = ("Đăng nhập", "Sign in"),
        ["signin_heading"] = ("Hệ thống thống kê cải cách hành chính", "Administrative reform statistics"),
        ["signin_server"] = ("Máy chủ", "Server"),
        ["signin_user"] = ("Tên đăng nhập", "User name"),
        ["signin_password"] = ("Mật khẩu", "Password"),
        ["signin_hint"] = ("Tab: ô tiếp · Enter: đăng nhập · F10: thoát", "Tab: next field · Enter: sign in · F10: quit"),
        ["signing_in"] = ("Đang đăng nhập…", "Signing in…"),
        ["signin_missing"] = ("Hãy nhập máy chủ, tên đăng nhập và mật khẩu.", "Enter the server, user name and password."),
        ["signin_failed"] = ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
        ["signin_again"] = ("Phiên đăng nhập đã hết hạn hoặc không hợp lệ; hãy đăng nhập lại.", "The stored login has expired or is invalid; sign in again."),
        ["help_signin_fields"] = ("Tab, Shift-Tab, ↑/↓   chuyển giữa máy chủ, tên đăng nhập, mật khẩu", "Tab, Shift-Tab, ↑/↓   move between server, user name, password"),
        ["help_signin_enter"] = ("Enter                 đăng nhập (mật khẩu hiện dưới dạng dấu chấm)", "Enter                 sign in (the password shows as dots)"),
        ["help_signin_stored"] = ("Token được lưu như `cchc login`; lần sau vào thẳng màn hình chính.", "The token is stored as `cchc login` stores it; next time you start at home."),

        // Home
        ["home_title"] = ("Màn hình chính", "Home"),
        ["home_no_unit"] = ("Tài khoản không gắn với đơn vị nào.", "This account has no unit."),
        ["home_role"] = ("Vai trò: {0}", "Role: {0}"),
        ["home_awaiting"] = ("{0} báo cáo chờ duyệt (F4)", "{0} reports awaiting review (F4)"),
        ["home_no_periods"] = ("Không có kỳ báo cáo nào.", "No reporting periods."),
        ["col_period"] = ("Kỳ báo cáo", "Period"),
        ["col_deadline"] = ("Hạn nộp", "Deadline"),
        ["col_status"] = ("Trạng thái", "Status"),
        ["col_remark"] = ("Ghi chú", "Remarks"),
        ["overdue"] = ("QUÁ HẠN", "OVERDUE"),
        ["submitted_late"] = ("nộp muộn", "submitted late"),
        ["review_comment"] = ("Ý kiến người duyệt: {0}", "Reviewer: {0}"),
        ["review_only_reviewers"] = ("Chỉ người duyệt mới có danh sách chờ duyệt.", "Only reviewers have a review queue."),
        ["status_not_started"] = ("Chưa nhập", "Not started"),
        ["help_home_rows"] = ("Mỗi dòng là một kỳ báo cáo của đơn vị: trạng thái, hạn nộp; QUÁ HẠN khi đã qua hạn mà chưa gửi.", "Each row is a period of your unit: status and deadline; OVERDUE when past the deadline and not submitted."),
        ["help_home_move"] = ("↑/↓ hoặc j/k, PgUp/PgDn, Home/End   di chuyển", "↑/↓ or j/k, PgUp/PgDn, Home/End   move"),
        ["help_home_open"] = ("Enter      mở báo cáo của kỳ đang chọn", "Enter      open the selected period's report"),
        ["help_home_units"] = ("F3 hoặc u  danh sách đơn vị", "F3 or u    unit browser"),
        ["help_home_review"] = ("F4 hoặc r  báo cáo chờ duyệt (người duyệt)", "F4 or r    review queue (reviewers)"),
        ["help_home_compare"] = ("F5 hoặc c  so sánh với các đơn vị khác", "F5 or c    compare with other units"),
        ["help_home_trend"] = ("F6 hoặc t  xu hướng qua các kỳ", "F6 or t    trend across periods"),
        ["help_home_reload"] = ("g          tải lại", "g          reload"),
        ["help_home_quit"] = ("q          thoát (hỏi lại nếu còn thay đổi chưa lưu)", "q          quit (asks first when edits are unsaved)"),

        // Entry
        ["entry_title"] = ("Nhập báo cáo {0} · {1}", "Report {0} · {1}"),
        ["review_report_title"] = ("Duyệt báo cáo {0} · {1}", "Review {0} · {1}"),
        ["revision"] = ("phiên bản {0}", "revision {0}"),
        ["unsaved_count"] = ("{0} ô chưa lưu", "{0} unsaved"),
        ["deadline_line"] = ("Hạn nộp {0}", "Deadline {0}"),
        ["findings_count"] = ("{0} lỗi, {1} cảnh báo cần ghi chú", "{0} errors, {1} warnings to explain"),
        ["col_code"] = ("Mã", "Code"),
        ["col_indicator"] = ("Chỉ tiêu", "Indicator"),
        ["col_uom"] = ("ĐVT", "Unit"),
        ["col_value"] = ("Số liệu", "Value"),
        ["col_note"] = ("Ghi chú", "Note"),
        ["note_required"] = ("cần ghi chú giải thích (F4/n)", "a note must explain it (F4/n)"),
        ["choice_options"] = ("Lựa chọn: ", "Options: "),
        ["choice_title"] = ("Chọn giá trị cho {0}", "Value for {0}"),
        ["choice_clear"] = ("(để trống)", "(empty)"),
        ["findings_title"] = ("Kết quả kiểm tra ({0}) · Enter: đến chỉ tiêu · Esc: đóng", "Findings ({0}) · Enter: go to the indicator · Esc: close"),
        ["history_title"] = ("Lịch sử thay đổi (mới nhất trước) · Esc: đóng", "History (newest first) · Esc: close"),
        ["no_findings"] = ("Không có lỗi hay cảnh báo nào.", "No errors or warnings."),
        ["no_history"] = ("Chưa có thay đổi nào.", "No changes yet."),
        ["read_only"] = ("Báo cáo chỉ xem: không sửa được ở trạng thái này.", "Read-only: this report cannot be edited now."),
        ["group_row"] = ("Dòng tiêu đề nhóm không có số liệu riêng.", "A group row holds no value of its own."),
        ["checked"] = ("Đã kiểm tra trên máy chủ: {0} lỗi, {1} cảnh báo cần ghi chú.", "Checked by the server: {0} errors, {1} warnings to explain."),
        ["fix_invalid_first"] = ("{0} ô có giá trị không đọc được; sửa trước khi lưu (không có gì được ghi).", "{0} cells hold values that cannot be read; fix them before saving (nothing was written)."),
        ["draft_restored"] = ("Đã khôi phục {0} giá trị chưa lưu từ bản nháp trên máy; nhấn s để lưu.", "Restored {0} unsaved values from the local draft; press s to save."),
        ["nothing_to_save"] = ("Không có gì thay đổi để lưu.", "Nothing to save."),
        ["saved"] = ("Đã lưu bản nháp: {0} chỉ tiêu, phiên bản {1}.", "Draft saved: {0} values, revision {1}."),
        ["kept_offline"] = ("Mất kết nối: đã giữ {0} giá trị trong bản nháp trên máy, tự gửi khi có kết nối.", "Offline: {0} values kept in the local draft, sent when the link is back."),
        ["saved_same"] = ("Người khác đã lưu đúng các giá trị này; báo cáo đã tải lại (phiên bản mới).", "Someone saved the same values; the report is reloaded (newer revision)."),
        ["draft_rebased"] = ("Báo cáo có phiên bản mới hơn bản nháp; giữ {0} giá trị chỉ bạn sửa; s để lưu.", "A newer revision than the draft; kept {0} values only you changed; s saves."),
        ["conflict_first"] = ("Bản nháp trên máy xung đột với phiên bản mới: chọn giá trị trước khi sửa tiếp.", "The local draft conflicts with the newer revision: choose the values before editing on."),
        ["conflict_title"] = ("Xung đột: {0}", "Conflict: {0}"),
        ["conflict_heading"] = ("{0} đã lưu phiên bản {1}; bạn sửa trên phiên bản {2}. Chọn giá trị cho từng chỉ tiêu cả hai cùng sửa.", "{0} saved revision {1}; you edited revision {2}. Choose the value of each indicator you both changed."),
        ["conflict_someone"] = ("Người khác", "Someone"),
        ["conflict_merged"] = ("{0} giá trị chỉ bạn sửa sẽ được gửi cùng.", "{0} values only you changed are sent with them."),
        ["conflict_open"] = ("Còn {0} chỉ tiêu chưa chọn (m: của bạn, t: của họ, b: giá trị gốc).", "{0} indicators still need a choice (m: yours, t: theirs, b: the base value)."),
        ["col_base"] = ("Gốc", "Base"),
        ["col_mine"] = ("Của bạn", "Yours"),
        ["col_theirs"] = ("Của họ", "Theirs"),
        ["col_choice"] = ("Chọn", "Choice"),
        ["choice_mine"] = ("của bạn", "yours"),
        ["choice_theirs"] = ("của họ", "theirs"),
        ["choice_base"] = ("gốc", "base"),
        ["choice_none"] = ("?", "?"),
        ["key_send"] = ("gửi", "send"),
        ["key_later"] = ("để sau", "later"),
        ["help_conflict_what"] = ("Người khác đã lưu báo cáo sau khi bạn bắt đầu sửa. Không giá trị nào bị ghi đè khi chưa chọn.", "Someone saved the report after you started editing. Nothing is overwritten until you choose."),
        ["help_conflict_choose"] = ("m / t / b   chọn giá trị của bạn / của họ / giá trị gốc · Space: lần lượt", "m / t / b   take yours / theirs / the base value · Space: cycle"),
        ["help_conflict_all"] = ("M / T   chọn của bạn / của họ cho mọi dòng", "M / T   yours / theirs for every row"),
        ["help_conflict_send"] = ("Enter   gửi (khi mọi dòng đã chọn) · Esc   để sau (bản nháp vẫn giữ trên máy)", "Enter   send (once every row has a choice) · Esc   later (the draft stays on disk)"),
        ["leave_title"] = ("Rời báo cáo?", "Leave the report?"),
        ["leave_question"] = ("Bỏ các thay đổi chưa lưu? (Bản nháp trên máy cũng bị xóa.)", "Discard the unsaved changes? (The local draft is deleted too.)"),
        ["submit_blocked_title"] = ("Chưa gửi được báo cáo", "The report cannot be submitted yet"),
        ["submit_blocked"] = ("{0} vấn đề cần xử lý trước khi gửi:", "{0} things to fix first:"),
        ["submit_empty"] = ("Báo cáo chưa có số liệu nào: nhập và lưu trước khi gửi.", "The report holds no values yet: enter and save them before submitting."),
        ["submit_title"] = ("Gửi báo cáo?", "Submit the report?"),
        ["submit_question"] = ("Gửi báo cáo của {0}, kỳ {1}? Sau khi gửi sẽ không sửa được cho đến khi bị trả lại.", "Submit {0}'s report for {1}? It cannot be edited unless it is returned."),
        ["submit_warnings"] = ("{0} cảnh báo đã có ghi chú giải thích.", "{0} warnings are explained by notes."),
        ["submitted"] = ("Đã gửi báo cáo: {0}.", "Report submitted: {0}."),
        ["help_entry_move"] = ("↑/↓/←/→ hoặc h j k l   di chuyển giữa các ô", "↑/↓/←/→ or h j k l   move between cells"),
        ["help_entry_tab"] = ("Tab / Shift-Tab   ô tiếp theo / ô trước (số liệu → ghi chú → dòng sau)", "Tab / Shift-Tab   next / previous cell (value → note → next row)"),
        ["help_entry_page"] = ("PgUp/PgDn   trang trước/sau · Home/End   dòng đầu/cuối", "PgUp/PgDn   page up/down · Home/End   first/last row"),
        ["help_entry_edit"] = ("Enter hoặc F2   sửa ô · Enter nhận · Esc hủy", "Enter or F2   edit the cell · Enter accepts · Esc cancels"),
        ["help_entry_numbers"] = ("Số viết kiểu Việt Nam: 1.909 (nghìn), 99,73% (thập phân); / = không áp dụng; để trống = không báo cáo", "Vietnamese numbers: 1.909 (thousands), 99,73% (decimals); / = not applicable; empty = not reported"),
        ["help_entry_choice"] = ("Chỉ tiêu lựa chọn, có/không: Enter mở danh sách mã để chọn", "Choices and yes/no: Enter opens the coded options"),
        ["help_entry_note"] = ("F4 hoặc n   sửa ghi chú (bắt buộc khi cảnh báo yêu cầu)", "F4 or n   edit the note (required where a warning asks for one)"),
        ["help_entry_derived"] = ("Giá trị tính (=) được máy chủ tính lại sau mỗi ô vừa nhập", "Derived values (=) are recomputed by the server after each cell"),
        ["help_entry_findings"] = ("F3 hoặc f   danh sách lỗi/cảnh báo; Enter đến chỉ tiêu · e   đến lỗi đầu tiên", "F3 or f   findings list; Enter jumps to the indicator · e   first finding"),
        ["help_entry_save"] = ("F6 hoặc s   lưu bản nháp (chỉ gửi các ô đã thay đổi)", "F6 or s   save the draft (sends only the changed cells)"),
        ["help_entry_submit"] = ("F8 hoặc p   gửi báo cáo (hỏi lại, liệt kê những gì còn chặn)", "F8 or p   submit (asks first, lists what blocks it)"),
        ["help_entry_history"] = ("F7 hoặc H   lịch sử thay đổi", "F7 or H   history"),
        ["help_entry_review"] = ("Người duyệt: F9 hoặc a   duyệt · F5 hoặc r   trả lại kèm ý kiến (bắt buộc)", "Reviewers: F9 or a   approve · F5 or r   return with a comment (required)"),
        ["help_entry_marks"] = ("Dấu: > dòng đang chọn · ✗ lỗi · ! cảnh báo cần ghi chú · * chưa lưu · = giá trị tính", "Marks: > selected row · ✗ error · ! warning to explain · * unsaved · = derived"),

        // Review
        ["review_title"] = ("Chờ duyệt · {0}", "Review queue · {0}"),
        ["review_heading"] = ("{0}: {1} báo cáo chờ duyệt", "{0}: {1} reports awaiting review"),
        ["review_empty"] = ("Không có báo cáo nào chờ duyệt.", "No reports await review."),
        ["col_unit_code"] = ("Mã đơn vị", "Unit code"),
        ["col_unit"] = ("Đơn vị", "Unit"),
        ["col_submitted"] = ("Ngày gửi", "Submitted"),
        ["help_review_list"] = ("Báo cáo đã gửi hoặc gửi lại trong phạm vi bạn duyệt, gửi sớm nhất trước (* = nộp muộn).", "Submitted and resubmitted reports in your subtree, earliest first (* = late)."),
        ["help_review_open"] = ("Enter   mở báo cáo chỉ xem, có lỗi/cảnh báo và lịch sử; duyệt (F9/a) hoặc trả lại (F5/r)", "Enter   open it read-only with findings and history; approve (F9/a) or return (F5/r)"),
        ["approve_title"] = ("Duyệt báo cáo?", "Approve the report?"),
        ["approve_question"] = ("Duyệt báo cáo của {0}, kỳ {1}?", "Approve {0}'s report for {1}?"),
        ["approved"] = ("Đã duyệt báo cáo {0} · {1}.", "Approved {0} · {1}."),
        ["return_title"] = ("Trả lại báo cáo", "Return the report"),
        ["return_question"] = ("Ý kiến gửi {0} ({1}) — cần sửa gì:", "Comment to {0} ({1}) — what to fix:"),
        ["returned"] = ("Đã trả lại báo cáo {0} · {1}.", "Returned {0} · {1}."),

        // Units
        ["units_title"] = ("Đơn vị", "Units"),
        ["units_heading"] = ("Cây đơn vị theo cấp (→ mở, ← đóng, / lọc)", "Units by level (→ expand, ← collapse, / filter)"),
        ["filter_matches"] = ("{0} đơn vị khớp", "{0} match"),
        ["dissolved_on"] = ("không còn từ {0}", "dissolved {0}"),
        ["valid_from"] = ("từ {0}", "since {0}"),
        ["children"] = ("{0} đơn vị trực thuộc", "{0} children"),
        ["merged_into"] = ("Đã sáp nhập vào: {0}", "Merged into: {0}"),
        ["lineage_none"] = ("Đơn vị đã thôi hoạt động; không ghi nhận đơn vị kế thừa.", "Dissolved; no successor is recorded."),
        ["lineage_loading"] = ("Đang tải lịch sử sáp nhập…", "Loading lineage…"),
        ["help_units_tree"] = ("Tỉnh › sở, ngành, huyện › xã; đơn vị không còn tồn tại hiện mờ.", "Province › departments, districts › communes; dissolved units are dimmed."),
        ["help_units_expand"] = ("→ hoặc l mở · ← hoặc h đóng (hoặc lên đơn vị cha) · Enter mở/đóng", "→ or l expand · ← or h collapse (or go to the parent) · Enter toggles"),
        ["help_units_filter"] = ("/   lọc theo tên hoặc mã, không phân biệt dấu (gia nghia = Gia Nghĩa) · Esc xóa lọc", "/   filter by name or code, accents ignored (gia nghia = Gia Nghĩa) · Esc clears"),
        ["help_units_dissolved"] = ("Chọn đơn vị đã giải thể để xem nó đã sáp nhập vào đâu.", "Select a dissolved unit to see what it was merged into."),
        ["help_units_mark"] = ("Space   đánh dấu đơn vị cho danh sách so sánh", "Space   mark a unit for a chosen-list comparison"),
        ["help_units_compare"] = ("c   so sánh (các đơn vị đã đánh dấu, hoặc đơn vị trực thuộc)", "c   compare (the marked units, or the children)"),
        ["help_units_trend"] = ("t   xu hướng của đơn vị đang chọn", "t   trend of the selected unit"),

        // Compare and trend
        ["compare_title"] = ("So sánh", "Compare"),
        ["peers_siblings"] = ("các đơn vị cùng cấp ({0})", "peers of the same level ({0})"),
        ["peers_children"] = ("các đơn vị trực thuộc {0}", "the units under {0}"),
        ["peers_chosen"] = ("{0} đơn vị đã chọn", "{0} chosen units"),
        ["order_descending"] = ("lớn hơn xếp trước", "larger first"),
        ["order_ascending"] = ("nhỏ hơn xếp trước", "smaller first"),
        ["compare_empty"] = ("Không có đơn vị nào có số liệu cho kỳ này.", "No unit has a value for this period."),
        ["compare_summary"] = ("Cao nhất {0} · thấp nhất {1} · trung vị {2} · {3} đơn vị", "Best {0} · worst {1} · median {2} · {3} units"),
        ["compare_missing"] = ("Không có số liệu: {0}", "No value: {0}"),
        ["help_compare_what"] = ("Xếp hạng một chỉ tiêu của một kỳ trong nhóm đơn vị; dòng ▶ là đơn vị của bạn.", "Ranks one indicator for one period in a peer set; the ▶ row is your unit."),
        ["help_compare_indicator"] = ("i   chọn chỉ tiêu", "i   pick the indicator"),
        ["help_compare_period"] = ("←/→ hoặc [ ]   kỳ trước/sau · P   chọn kỳ", "←/→ or [ ]   earlier/later period · P   pick a period"),
        ["help_compare_peers"] = ("p   cùng cấp → trực thuộc → đã chọn", "p   siblings → children → chosen"),
        ["help_compare_order"] = ("o   đảo thứ tự (nhỏ hơn là tốt hơn)", "o   reverse the order (smaller is better)"),
        ["help_compare_rows"] = ("↑/↓, PgUp/PgDn, Home/End   di chuyển", "↑/↓, PgUp/PgDn, Home/End   move"),
        ["help_compare_trend"] = ("Enter   xu hướng của đơn vị đang chọn", "Enter   trend of the selected unit"),
        ["trend_title"] = ("Xu hướng · {0}", "Trend · {0}"),
        ["sparkline"] = ("Diễn biến:", "Trend:"),
        ["col_delta"] = ("Thay đổi", "Change"),
        ["col_sources"] = ("Nguồn", "From"),
        ["from_units"] = ("từ {0}", "from {0}"),
        ["trend_empty"] = ("Chưa có số liệu nào.", "No values yet."),
        ["help_trend_what"] = ("Giá trị của chỉ tiêu qua các năm, mức thay đổi so với năm trước và biểu đồ nhỏ.", "The indicator over the years, the change from the year before, a sparkline."),
        ["help_trend_lineage"] = ("Qua sáp nhập, các năm trước lấy từ đơn vị cũ (cột Nguồn).", "Across a merger, earlier years come from the former units (From column)."),
    };

    private static readonly Dictionary<string, (string Vi, string En)> Fields = new(StringComparer.Ordinal)
    {
        ["I"] = ("Công tác chỉ đạo điều hành CCHC", "Direction of administrative reform"),
        ["II"] = ("Cải cách thể chế", "Institutional reform"),
        ["III"] = ("Cải cách thủ tục hành chính", "Administrative procedures"),
        ["IV"] = ("Cải cách tổ chức bộ máy", "Organisation of the apparatus"),
        ["V"] = ("Cải cách chế độ công vụ", "Civil service"),
        ["VI"] = ("Cải cách tài chính công", "Public finance"),
        ["VII"] = ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "E-government and digital government"),
    };

    public bool English { get; } = english;

    public string this[string key] => Table.TryGetValue(key, out var text) ? (English ? text.En : text.Vi) : key;

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>Every key of the table (tests check both languages are filled in).</summary>
    public static IEnumerable<(string Key, string Vi, string En)> All => Table.Select(p => (p.Key, p.Value.Vi, p.Value.En));

    public string Field(string field) => Fields.TryGetValue(field, out var name) ? (English ? name.En : name.Vi) : field;

    public string Status(ReportStatus status) => status switch
    {
        ReportStatus.Draft => English ? "Draft" : "Bản nháp",
        ReportStatus.Submitted => English ? "Submitted" : "Đã gửi",
        ReportStatus.Resubmitted => English ? "Resubmitted" : "Đã gửi lại",
        ReportStatus.Approved => English ? "Approved" : "Đã duyệt",
        ReportStatus.Returned => English ? "Returned" : "Bị trả lại",
        _ => English ? "Not started" : "Chưa nhập",
    };

    public string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => English ? "province" : "cấp tỉnh",
        UnitLevel.Department => English ? "department" : "sở, ban, ngành",
        UnitLevel.District => English ? "district" : "cấp huyện",
        UnitLevel.Commune => English ? "commune" : "cấp xã",
        _ => "",
    };

    public string Role(Role role) => role switch
    {
        Cchc.V1.Role.Operator => English ? "operator" : "người nhập liệu",
        Cchc.V1.Role.Reviewer => English ? "reviewer" : "người duyệt",
        Cchc.V1.Role.Admin => English ? "administrator" : "quản trị",
        Cchc.V1.Role.Service => English ? "service" : "dịch vụ",
        _ => "",
    };

    /// <summary>An ISO date as dd/MM/yyyy (the forms' way; English shows ISO).</summary>
    public string Date(string iso)
    {
        if (!DateOnly.TryParse(iso, CultureInfo.InvariantCulture, out var date))
            return iso;
        return English ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    /// <summary>An ISO instant as a short UTC date and time.</summary>
    public string Instant(string iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.UtcDateTime.ToString(English ? "yyyy-MM-dd HH:mm" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
            : iso;
}
