package dev.relwb.ui.search;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/// The search view's keyboard: 0–3 grade, S skip, U unrateable, N note, Space next unjudged (of the
/// pool while the judging queue is shown), J/K and the arrows move, Tab switches list, Esc cancels the
/// rerank, Ctrl+L goes to the query.
/// Judging keys act only while a ranking list (not a text field) has the focus.
final class SearchKeys {
  private final SearchView view;
  private final SearchViewModel vm;

  SearchKeys(SearchView view, SearchViewModel vm) {
    this.view = view;
    this.vm = vm;
  }

  void install(Parent root) {
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
  }

  private void onKey(KeyEvent e) {
    if (e.isShortcutDown() && e.getCode() == KeyCode.L) {
      view.queryField().requestFocus();
      view.queryField().selectAll();
      e.consume();
      return;
    }
    if (e.getCode() == KeyCode.ESCAPE) {
      vm.cancelRerank();
      e.consume();
      return;
    }
    Node focus = view.root().getScene() == null ? null : view.root().getScene().getFocusOwner();
    if (focus instanceof TextInputControl || !(focus instanceof ListView<?>) || e.isShortcutDown()
        || e.isAltDown()) {
      return;
    }
    if (handle(e.getCode())) {
      e.consume();
      view.focusActiveList();
      view.reselect();
    }
  }

  private boolean handle(KeyCode code) {
    JudgingModel j = vm.judging();
    switch (code) {
      case DIGIT0, NUMPAD0 -> j.grade(0);
      case DIGIT1, NUMPAD1 -> j.grade(1);
      case DIGIT2, NUMPAD2 -> j.grade(2);
      case DIGIT3, NUMPAD3 -> j.grade(3);
      case S -> j.skip();
      case U -> j.unrateable();
      case N -> askNote();
      case SPACE -> j.nextUnjudged();
      case J, DOWN -> j.move(1);
      case K, UP -> j.move(-1);
      case TAB -> j.switchList();
      default -> {
        return false;
      }
    }
    return true;
  }

  private void askNote() {
    if (vm.judging().selected().get() == null) {
      return;
    }
    var current = vm.judging().selectedJudgment();
    TextInputDialog dialog = new TextInputDialog(current == null ? "" : current.note());
    dialog.setTitle("Note");
    dialog.setHeaderText("Note for " + vm.judging().selected().get());
    dialog.initOwner(view.root().getScene().getWindow());
    dialog.showAndWait().ifPresent(vm.judging()::note);
  }
}
