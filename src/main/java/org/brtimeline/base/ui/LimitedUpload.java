package org.brtimeline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.brtimeline.base.ByteSize;
import org.springframework.modulith.NamedInterface;

/**
 * An upload kept in memory up to a limit that is counted as the bytes arrive, whatever the request claims: a
 * larger one (announced or not, multipart or a raw POST) is refused with 413 and a message naming the limit,
 * having read no more than the limit. The browser checks the same limit before sending.
 */
@NamedInterface("limited-upload")
public final class LimitedUpload implements UploadHandler {

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final SerializableConsumer<byte[]> received;
    private final SerializableConsumer<String> refused;

    private LimitedUpload(long maxBytes, SerializableConsumer<byte[]> received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    /**
     * Limits {@code upload} to {@code maxBytes}; {@code received} and {@code refused} (given the reason) run with
     * the session locked.
     */
    public static void limit(
            Upload upload, long maxBytes, SerializableConsumer<byte[]> received, SerializableConsumer<String> refused) {
        String tooLarge = tooLarge(maxBytes);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error().setFileIsTooBig(tooLarge))
                .setUploading(new UploadI18N.Uploading()
                        .setError(new UploadI18N.Uploading.Error().setForbidden("Refused: " + tooLarge))));
        upload.setUploadHandler(new LimitedUpload(maxBytes, received, refused));
        upload.addFileRejectedListener(e -> refused.accept(e.getErrorMessage()));
    }

    public static String tooLarge(long maxBytes) {
        return "the file is larger than " + ByteSize.of(maxBytes) + ", the limit for this upload";
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream());
        if (bytes == null) {
            String reason = tooLarge(maxBytes);
            event.getResponse().setStatus(413);
            event.getResponse().setContentType("text/plain;charset=UTF-8");
            event.getResponse().getOutputStream().write(("Refused: " + reason).getBytes(StandardCharsets.UTF_8));
            ui.access(() -> refused.accept(reason));
        } else {
            ui.access(() -> received.accept(bytes));
        }
    }

    /** The status of a refusal stays; a success is a 200 as usual. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (!success) {
            UploadHandler.super.responseHandled(false, response);
        }
    }

    /** The bytes, or null as soon as there are more than the limit. */
    private byte[] readAtMost(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > maxBytes) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
