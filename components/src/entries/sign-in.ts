/** Entry of /sign-in/. */
import '../cr-sign-in'
