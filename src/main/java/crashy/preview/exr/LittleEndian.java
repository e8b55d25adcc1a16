package crashy.preview.exr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Little-endian reads and writes on byte arrays, the byte order of every number in an EXR file. */
final class LittleEndian {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {}

    static int u16(byte[] b, int offset) {
        return (short) SHORT.get(b, offset) & 0xffff;
    }

    static int i32(byte[] b, int offset) {
        return (int) INT.get(b, offset);
    }

    static long i64(byte[] b, int offset) {
        return (long) LONG.get(b, offset);
    }

    static void put16(byte[] b, int offset, int value) {
        SHORT.set(b, offset, (short) value);
    }

    static void put32(byte[] b, int offset, int value) {
        INT.set(b, offset, value);
    }
}
