// libxlsxwriter from Debian's libxlsxwriter-dev, found through the system include path.
#include <xlsxwriter.h>
