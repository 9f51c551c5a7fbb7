package vn.vnpt.bacgiang.cskh.base.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.server.ErrorEvent;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.vnpt.bacgiang.cskh.KaribuTest;

/** What a user is told when a click meets the database down or restarting (DatabaseRestartTest makes it happen). */
class PortalErrorHandlerTest extends KaribuTest {

    @Test
    void aClickThatMeetsTheDatabaseDownIsToldNothingWasSavedAndToTryAgainInTheirLanguage() {
        login("kehoach");

        new PortalErrorHandler().error(new ErrorEvent(new CannotCreateTransactionException("Could not open JPA "
                + "EntityManager for transaction", new SQLTransientConnectionException("embedded-mariadb - "
                + "Connection is not available, request timed out after 3000ms"))));
        MockVaadin.runUIQueue();

        expectNotifications("Không kết nối được cơ sở dữ liệu, thao tác này chưa được lưu. Vui lòng thử lại sau ít "
                + "phút.");

        useEnglish();
        new PortalErrorHandler().error(new ErrorEvent(new CannotGetJdbcConnectionException("Failed to obtain JDBC "
                + "Connection")));
        MockVaadin.runUIQueue();

        expectNotifications("The database cannot be reached, so this was not saved. Please try again in a few minutes.");
    }
}
